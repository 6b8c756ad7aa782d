package org.steward.customer.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.steward.customer.ParkType;
import org.steward.customer.TranscriptAnalysis;
import org.steward.customer.TranscriptFolder;
import org.steward.text.Keyness;
import org.steward.text.TermStat;
import org.steward.workspace.Author;
import org.steward.workspace.Record;
import org.steward.workspace.Workspace;
import org.steward.workspace.Workspaces;

/**
 * Transcript analysis: choose a folder, analyse it in a background job, then read the transcripts with the keywords
 * highlighted, sort the term table, explore the co-word map, the clusters and the keyness of each segment.
 */
public class TranscriptsPart {
    public static final String ID = "org.steward.customer.ui.views.transcripts";
    static final String FOLDER_ID = "customer.folder";
    static final String STATUS_ID = "customer.status";
    static final String TERM_DOCS_ID = "customer.map.documents";
    static final String CLUSTERS_ID = "customer.clusters";
    static final String TABS_ID = "customer.tabs";
    static final int KEYWORDS = 30;

    private Text folderText;
    private Label status;
    private CTabFolder tabs;
    private TranscriptEditor editor;
    private TermTable terms;
    private CowordCanvas map;
    private org.eclipse.swt.widgets.List termDocuments;
    private Label termLabel;
    private Tree clusters;
    private Combo segmentBy;
    private Combo segmentGroup;
    private KeynessChart chart;
    private Optional<TranscriptAnalysis.Result> result = Optional.empty();
    private Optional<AnalysisJob> running = Optional.empty();

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new GridLayout(6, false));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        new Label(bar, SWT.NONE).setText(Messages.Folder);
        folderText = new Text(bar, SWT.BORDER);
        folderText.setData("steward.widget", FOLDER_ID);
        folderText.setData(TranscriptsPart.class.getName(), this);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(folderText);
        Path demo = Services.project().resolve("transcripts");
        if (Files.isDirectory(demo)) {
            folderText.setText(demo.toString());
        }
        button(bar, Messages.Browse, () -> {
            DirectoryDialog d = new DirectoryDialog(parent.getShell());
            d.setMessage(Messages.ChooseFolder);
            Optional.ofNullable(d.open()).ifPresent(folderText::setText);
        });
        button(bar, Messages.Analyse, () -> analyse(Path.of(folderText.getText().strip())));
        button(bar, Messages.Cancel, () -> running.ifPresent(AnalysisJob::cancel));
        button(bar, Messages.Import, () -> {
            FileDialog d = new FileDialog(parent.getShell(), SWT.OPEN);
            d.setFilterExtensions(new String[] {"*.txt;*.md", "*.*"});
            Optional.ofNullable(d.open()).ifPresent(f -> {
                tabs.setSelection(0);
                editor.importFile(Path.of(f));
            });
        });

        tabs = new CTabFolder(parent, SWT.BORDER | SWT.TOP);
        tabs.setData("steward.widget", TABS_ID);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);

        Composite transcriptTab = tab(Messages.TabTranscript);
        transcriptTab.setLayout(new GridLayout(1, false));
        editor = new TranscriptEditor(transcriptTab);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(editor.control());
        Composite editorBar = new Composite(transcriptTab, SWT.NONE);
        editorBar.setLayout(new GridLayout(2, false));
        button(editorBar, Messages.Save, editor::save);
        button(editorBar, Messages.SaveRecords, this::saveRecords);

        Composite termTab = tab(Messages.TabTerms);
        termTab.setLayout(new FillLayout());
        terms = new TermTable(termTab);

        Composite mapTab = tab(Messages.TabMap);
        mapTab.setLayout(new GridLayout(1, false));
        Composite zoomBar = new Composite(mapTab, SWT.NONE);
        zoomBar.setLayout(new GridLayout(4, false));
        SashForm mapSash = new SashForm(mapTab, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(mapSash);
        map = new CowordCanvas(mapSash, this::showDocumentsOf);
        Composite side = new Composite(mapSash, SWT.NONE);
        side.setLayout(new GridLayout(1, false));
        termLabel = new Label(side, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(termLabel);
        termDocuments = new org.eclipse.swt.widgets.List(side, SWT.BORDER | SWT.V_SCROLL);
        termDocuments.setData("steward.widget", TERM_DOCS_ID);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(termDocuments);
        termDocuments.addListener(SWT.DefaultSelection, e -> openSelectedDocument());
        mapSash.setWeights(3, 1);
        button(zoomBar, Messages.ZoomIn, () -> map.zoom(1.25, map.control().getSize().x / 2, map.control().getSize().y / 2));
        button(zoomBar, Messages.ZoomOut, () -> map.zoom(0.8, map.control().getSize().x / 2, map.control().getSize().y / 2));
        button(zoomBar, Messages.ZoomReset, map::reset);
        new Label(zoomBar, SWT.NONE).setText(Messages.MapHint);

        Composite clusterTab = tab(Messages.TabClusters);
        clusterTab.setLayout(new FillLayout());
        clusters = new Tree(clusterTab, SWT.BORDER);
        clusters.setData("steward.widget", CLUSTERS_ID);

        Composite segmentTab = tab(Messages.TabSegments);
        segmentTab.setLayout(new GridLayout(4, false));
        new Label(segmentTab, SWT.NONE).setText(Messages.SegmentBy);
        segmentBy = new Combo(segmentTab, SWT.READ_ONLY);
        segmentBy.setItems(Messages.ByParkType, Messages.ByRegion);
        segmentBy.select(0);
        new Label(segmentTab, SWT.NONE).setText(Messages.Group);
        segmentGroup = new Combo(segmentTab, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(segmentGroup);
        chart = new KeynessChart(segmentTab);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, true).applyTo(chart.control());
        segmentBy.addListener(SWT.Selection, e -> fillGroups());
        segmentGroup.addListener(SWT.Selection, e -> showSegment());

        status = new Label(parent, SWT.NONE);
        status.setData("steward.widget", STATUS_ID);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        tabs.setSelection(0);
    }

    @PreDestroy
    public void dispose() {
        running.ifPresent(AnalysisJob::cancel);
    }

    private Composite tab(String title) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        Composite c = new Composite(tabs, SWT.NONE);
        item.setControl(c);
        return c;
    }

    private static Button button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    /** Starts the analysis job of the folder; the views fill when it is done. */
    public AnalysisJob analyse(Path folder) {
        folderText.setText(folder.toString());
        running.ifPresent(AnalysisJob::cancel);
        AnalysisJob job = new AnalysisJob(folder, Services.project(), r -> folderText.getDisplay().asyncExec(() -> {
            if (!folderText.isDisposed()) {
                show(r);
            }
        }));
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                IStatus s = event.getResult();
                if (!s.isOK() && !folderText.isDisposed()) {
                    folderText.getDisplay().asyncExec(() -> {
                        if (!status.isDisposed()) {
                            status.setText(s.getSeverity() == IStatus.CANCEL ? Messages.Canceled : s.getMessage());
                        }
                    });
                }
            }
        });
        running = Optional.of(job);
        job.schedule();
        return job;
    }

    void show(TranscriptAnalysis.Result r) {
        result = Optional.of(r);
        editor.setFolder(r.folder().root(), r.folder().sources().stream().map(s -> s.name()).toList());
        editor.setKeywords(r.ranked().stream().limit(KEYWORDS).map(TermStat::term).toList());
        terms.show(r);
        map.show(r.coword().map());
        clusters.removeAll();
        for (int c = 0; c < r.coword().clusterCount(); c++) {
            List<String> members = new ArrayList<>();
            for (int i = 0; i < r.coword().clusters().length; i++) {
                if (r.coword().clusters()[i] == c) {
                    members.add(r.coword().matrix().terms().get(i));
                }
            }
            TreeItem item = new TreeItem(clusters, SWT.NONE);
            item.setText(NLS.bind(Messages.Cluster, c + 1, members.size()));
            for (String m : members) {
                new TreeItem(item, SWT.NONE).setText(m + "  (tf " + r.documentsWith(m).values().stream().mapToInt(Integer::intValue).sum() + ")");
            }
            item.setExpanded(true);
        }
        fillGroups();
        status.setText(NLS.bind(Messages.Analysed, new Object[] {r.documents().size(), r.skipped().size(), r.ranked().size(),
                r.coword().clusterCount()}));
        if (!r.folder().sources().isEmpty()) {
            editor.open(r.folder().sources().get(0).file());
        }
    }

    private void fillGroups() {
        String by = segmentBy.getSelectionIndex() == 1 ? "region" : "park_type";
        Map<String, List<Keyness.Score>> groups = result.map(r -> r.keyness().get(by)).orElse(Map.of());
        segmentGroup.setItems(groups.keySet().stream().map(this::groupLabel).toArray(String[]::new));
        segmentGroup.setData(List.copyOf(groups.keySet()));
        if (groups.isEmpty()) {
            chart.clear();
        } else {
            segmentGroup.select(0);
            showSegment();
        }
    }

    private String groupLabel(String key) {
        return ParkType.parse(key).map(t -> t.chinese() + " (" + t.key() + ")").orElse(key);
    }

    @SuppressWarnings("unchecked")
    private void showSegment() {
        int i = segmentGroup.getSelectionIndex();
        String by = segmentBy.getSelectionIndex() == 1 ? "region" : "park_type";
        if (i < 0 || result.isEmpty()) {
            return;
        }
        String key = ((List<String>) segmentGroup.getData()).get(i);
        chart.show(groupLabel(key), result.get().keyness().get(by).get(key));
    }

    /** Lists the transcripts that contain the term (with its count in each). */
    void showDocumentsOf(String term) {
        Map<String, Integer> docs = result.map(r -> r.documentsWith(term)).orElse(Map.of());
        termLabel.setText(NLS.bind(Messages.TermIn, term, docs.size()));
        termDocuments.setItems(docs.entrySet().stream().map(e -> e.getKey() + "  \u00d7" + e.getValue()).toArray(String[]::new));
        termDocuments.setData(List.copyOf(docs.keySet()));
        termLabel.getParent().layout();
    }

    @SuppressWarnings("unchecked")
    private void openSelectedDocument() {
        int i = termDocuments.getSelectionIndex();
        if (i >= 0 && result.isPresent()) {
            String name = ((List<String>) termDocuments.getData()).get(i);
            tabs.setSelection(0);
            editor.open(result.get().folder().root().resolve(name));
        }
    }

    private void saveRecords() {
        Optional<Workspaces> ws = Services.get(Workspaces.class);
        if (ws.isEmpty()) {
            status.setText(NLS.bind(Messages.RecordsFailed, Messages.NoWorkspace));
            return;
        }
        Path project = Services.project();
        try (Workspace w = ws.get().open(project)) {
            TranscriptFolder folder = TranscriptFolder.open(Path.of(folderText.getText().strip()));
            List<Record> saved = TranscriptRecords.save(folder, w, new Author(System.getProperty("user.name", "steward"),
                    System.getProperty("user.name", "steward") + "@localhost"));
            status.setText(NLS.bind(Messages.RecordsSaved, saved.size(), project));
        } catch (Exception e) {
            status.setText(NLS.bind(Messages.RecordsFailed, e.getMessage()));
        }
    }

    // for tests and the other views

    Optional<TranscriptAnalysis.Result> result() {
        return result;
    }

    TranscriptEditor editor() {
        return editor;
    }

    TermTable terms() {
        return terms;
    }

    CowordCanvas map() {
        return map;
    }

    KeynessChart chart() {
        return chart;
    }

    CTabFolder tabs() {
        return tabs;
    }

    String statusText() {
        return status.getText();
    }

    String termDocumentsLabel() {
        return termLabel.getText();
    }

    List<String> termDocumentsShown() {
        return List.of(termDocuments.getItems()).stream().map(s -> s.substring(0, s.indexOf("  "))).collect(Collectors.toList());
    }

    Tree clusterTree() {
        return clusters;
    }

    /** Selects "compare by" (0 park type, 1 region) and a group by key. */
    @SuppressWarnings("unchecked")
    void selectSegment(int by, String key) {
        segmentBy.select(by);
        fillGroups();
        int i = ((List<String>) segmentGroup.getData()).indexOf(key);
        if (i >= 0) {
            segmentGroup.select(i);
            showSegment();
        }
    }

    /** Saves the folder's transcripts as workspace records in {@code project} (used by the button and the tests). */
    List<Record> saveRecords(Workspace w, Author author) throws Exception {
        return TranscriptRecords.save(TranscriptFolder.open(Path.of(folderText.getText().strip())), w, author);
    }
}
