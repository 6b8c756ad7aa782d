package org.steward.data.ui.internal.history;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.jface.resource.JFaceResources;
import org.steward.data.ui.internal.Messages;
import org.steward.data.ui.internal.compare.CompareDialog;
import org.steward.data.ui.internal.compare.VersionCompare;
import org.steward.data.ui.internal.secure.SecureSecrets;
import org.steward.workspace.CommitInfo;
import org.steward.workspace.RecordKey;
import org.steward.workspace.WorkspaceException;

/**
 * History of the current workspace project (the workbench's instance location): the commits of the project or of
 * one record file, the unified diff of two selected versions, revert of a record, and sync with the remote.
 */
public class HistoryPart {
    public static final String ID = "org.steward.data.ui.views.history";
    public static final String TABLE_ID = "data.history.commits";
    public static final String DIFF_ID = "data.history.diff";
    public static final String RECORD_ID = "data.history.record";
    public static final String LOCKED_ID = "data.history.locked";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private Path project;
    private Label projectLabel;
    private Combo record;
    private TableViewer commits;
    private StyledText diff;
    private Color added;
    private Color removed;

    @PostConstruct
    public void create(Composite parent) {
        project = org.steward.data.ui.internal.Services.project();
        parent.setLayout(new GridLayout(1, false));

        projectLabel = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(projectLabel);
        if (!SecureSecrets.ofDefault().hasKey()) {
            Label locked = new Label(parent, SWT.WRAP);
            locked.setText(Messages.History_locked);
            locked.setData("steward.widget", LOCKED_ID);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(locked);
        }

        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new GridLayout(7, false));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        new Label(bar, SWT.NONE).setText(Messages.History_record);
        record = new Combo(bar, SWT.DROP_DOWN);
        record.setToolTipText(Messages.History_recordHint);
        record.setData("steward.widget", RECORD_ID);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(record);
        record.addListener(SWT.DefaultSelection, e -> refresh());
        record.addListener(SWT.Selection, e -> refresh());
        button(bar, Messages.History_refresh, this::refresh);
        button(bar, Messages.History_compare, this::compareSelected);
        button(bar, Messages.History_sideBySide, this::sideBySideSelected);
        button(bar, Messages.History_revert, this::revertSelected);
        button(bar, Messages.History_sync, () -> new SyncJob(project, SyncJob.dialogs(project, parent.getShell())).schedule());

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        commits = new TableViewer(sash, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        commits.getTable().setHeaderVisible(true);
        commits.getTable().setLinesVisible(true);
        commits.getTable().setData("steward.widget", TABLE_ID);
        commits.getTable().setData(HistoryPart.class.getName(), this);
        column(Messages.History_time, 150, c -> TIME.format(c.time()));
        column(Messages.History_author, 120, c -> c.author().name());
        column(Messages.History_message, 400, CommitInfo::subject);
        commits.setContentProvider(ArrayContentProvider.getInstance());
        commits.addDoubleClickListener(e -> compareSelected());

        diff = new StyledText(sash, SWT.BORDER | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.READ_ONLY);
        diff.setData("steward.widget", DIFF_ID);
        Font mono = JFaceResources.getTextFont();
        diff.setFont(mono);
        added = new Color(0, 110, 0);
        removed = new Color(170, 0, 0);
        sash.setWeights(55, 45);
        refresh();
    }

    private void button(Composite bar, String text, Runnable action) {
        Button b = new Button(bar, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
    }

    private void column(String title, int width, java.util.function.Function<CommitInfo, String> text) {
        TableViewerColumn col = new TableViewerColumn(commits, SWT.NONE);
        col.getColumn().setText(title);
        col.getColumn().setWidth(width);
        col.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((CommitInfo) element);
            }
        });
    }

    /** Shows the history of another project folder (a Git workspace). */
    public void setProject(Path folder) {
        project = folder;
        refresh();
    }

    /** Shows the history of one record file ({@code type/id.md}), or of the whole project for an empty path. */
    public void setRecord(String path) {
        record.setText(path);
        refresh();
    }

    /** The commits shown, newest first. */
    @SuppressWarnings("unchecked")
    public List<CommitInfo> commits() {
        Object input = commits.getInput();
        return input instanceof List<?> list ? (List<CommitInfo>) list : List.of();
    }

    public String diffText() {
        return diff.getText();
    }

    /** Reloads the commit list for the project, or for the record named in the record field. */
    public void refresh() {
        projectLabel.setText(NLS.bind(Messages.History_project, project));
        try (WorkspaceSession ws = WorkspaceSession.open(project)) {
            Optional<RecordKey> key = recordKey();
            List<CommitInfo> list = key.isPresent() ? ws.workspace().history(key.get()) : ws.workspace().history();
            commits.setInput(list);
            offerRecords(ws);
        } catch (WorkspaceException | IllegalArgumentException e) {
            commits.setInput(List.of());
            diff.setText(NLS.bind(Messages.History_failed, e.getMessage()));
        }
        for (var c : commits.getTable().getColumns()) {
            c.pack();
        }
    }

    /** Fills the record chooser with the project's record files, keeping what is typed. */
    private void offerRecords(WorkspaceSession ws) throws WorkspaceException {
        List<String> paths = new ArrayList<>();
        paths.add("");
        for (String type : ws.workspace().types()) {
            for (RecordKey key : ws.workspace().list(type)) {
                paths.add(key.path());
            }
        }
        String typed = record.getText();
        record.setItems(paths.toArray(String[]::new));
        record.setText(typed);
    }

    /** The record files the chooser offers (an empty first entry = the whole project). */
    public List<String> offeredRecords() {
        return List.of(record.getItems());
    }

    private Optional<RecordKey> recordKey() {
        String path = record.getText().trim();
        return path.isEmpty() ? Optional.empty() : Optional.of(RecordKey.ofPath(path));
    }

    private List<CommitInfo> selected() {
        List<CommitInfo> out = new ArrayList<>();
        for (Object o : ((IStructuredSelection) commits.getSelection()).toList()) {
            out.add((CommitInfo) o);
        }
        return out;
    }

    private void compareSelected() {
        List<CommitInfo> sel = selected();
        if (sel.size() != 2) {
            MessageDialog.openInformation(commits.getControl().getShell(), Messages.History_compare, Messages.History_selectTwo);
            return;
        }
        compare(sel.get(0), sel.get(1));
    }

    /** Shows the unified diff of the record from the older to the newer of two versions, whatever the order given. */
    public String compare(CommitInfo a, CommitInfo b) {
        // the list is newest first: the one further down is the older (times can be equal within a second)
        List<CommitInfo> shown = commits();
        List<CommitInfo> pair = new ArrayList<>(List.of(a, b));
        pair.sort(Comparator.comparing(CommitInfo::time)
                .thenComparing(Comparator.comparingInt((CommitInfo c) -> shown.indexOf(c)).reversed()));
        String text;
        try (WorkspaceSession ws = WorkspaceSession.open(project)) {
            Optional<RecordKey> key = recordKey();
            if (key.isEmpty()) {
                text = Messages.History_needRecord;
            } else {
                text = ws.workspace().diff(key.get(), pair.get(0).id(), pair.get(1).id());
                if (text.isBlank()) {
                    text = Messages.History_noDifference;
                }
            }
        } catch (WorkspaceException | IllegalArgumentException e) {
            text = NLS.bind(Messages.History_failed, e.getMessage());
        }
        showDiff(text);
        return text;
    }

    private void sideBySideSelected() {
        List<CommitInfo> sel = selected();
        if (sel.size() != 2) {
            MessageDialog.openInformation(commits.getControl().getShell(), Messages.History_sideBySide, Messages.History_selectTwo);
            return;
        }
        try {
            sideBySide(sel.get(0), sel.get(1)).ifPresent(input -> new CompareDialog(commits.getControl().getShell(), input).open());
        } catch (WorkspaceException | IllegalArgumentException e) {
            MessageDialog.openError(commits.getControl().getShell(), Messages.History_sideBySide, NLS.bind(Messages.History_failed, e.getMessage()));
        }
    }

    /**
     * The record in two versions for Eclipse Compare, older on the left; empty (after saying why) when no record
     * file is chosen. A version in which the file did not exist shows as empty.
     */
    public Optional<VersionCompare> sideBySide(CommitInfo a, CommitInfo b) throws WorkspaceException {
        Optional<RecordKey> key = recordKey();
        if (key.isEmpty()) {
            MessageDialog.openInformation(commits.getControl().getShell(), Messages.History_sideBySide, Messages.History_needRecord);
            return Optional.empty();
        }
        List<CommitInfo> shown = commits();
        List<CommitInfo> pair = new ArrayList<>(List.of(a, b));
        pair.sort(Comparator.comparing(CommitInfo::time)
                .thenComparing(Comparator.comparingInt((CommitInfo c) -> shown.indexOf(c)).reversed()));
        try (WorkspaceSession ws = WorkspaceSession.open(project)) {
            CommitInfo older = pair.get(0);
            CommitInfo newer = pair.get(1);
            return Optional.of(VersionCompare.twoVersions(NLS.bind(Messages.Compare_title, key.get().path(), older.shortId(), newer.shortId()),
                    label(older), ws.workspace().textAt(key.get(), older.id()).orElse(""),
                    label(newer), ws.workspace().textAt(key.get(), newer.id()).orElse("")));
        }
    }

    private static String label(CommitInfo c) {
        return NLS.bind(Messages.Compare_version, c.shortId(), TIME.format(c.time()), c.author().name());
    }

    private void showDiff(String text) {
        diff.setText(text);
        List<StyleRange> styles = new ArrayList<>();
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            Color color = line.startsWith("+") && !line.startsWith("+++") ? added
                    : line.startsWith("-") && !line.startsWith("---") ? removed : null;
            if (color != null) {
                styles.add(new StyleRange(offset, line.length(), color, null));
            }
            offset += line.length() + 1;
        }
        diff.setStyleRanges(styles.toArray(StyleRange[]::new));
    }

    private void revertSelected() {
        List<CommitInfo> sel = selected();
        Optional<RecordKey> key;
        try {
            key = recordKey();
        } catch (IllegalArgumentException e) {
            key = Optional.empty();
        }
        if (sel.size() != 1 || key.isEmpty()) {
            MessageDialog.openInformation(commits.getControl().getShell(), Messages.History_revert,
                    key.isEmpty() ? Messages.History_needRecord : Messages.History_selectOne);
            return;
        }
        try {
            revert(key.get(), sel.get(0));
            MessageDialog.openInformation(commits.getControl().getShell(), Messages.History_revert,
                    NLS.bind(Messages.History_reverted, key.get(), sel.get(0).shortId()));
        } catch (WorkspaceException e) {
            MessageDialog.openError(commits.getControl().getShell(), Messages.History_revert, NLS.bind(Messages.History_failed, e.getMessage()));
        }
    }

    /** Puts {@code key} back as it was in {@code version} (a new commit by this desktop's user), then reloads. */
    public CommitInfo revert(RecordKey key, CommitInfo version) throws WorkspaceException {
        try (WorkspaceSession ws = WorkspaceSession.open(project)) {
            return ws.workspace().revert(key, version.id(), WorkspaceSession.author());
        } finally {
            refresh();
        }
    }
}
