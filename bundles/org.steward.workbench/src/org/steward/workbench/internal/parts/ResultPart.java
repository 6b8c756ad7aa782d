package org.steward.workbench.internal.parts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.steward.core.model.ModelResult;
import org.steward.core.model.ResultImage;
import org.steward.core.model.ResultTable;
import org.steward.workbench.ResultExporter;
import org.steward.workbench.internal.Messages;
import org.steward.workbench.internal.contributions.ExporterDescriptor;
import org.steward.workbench.internal.contributions.WorkbenchContributions;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Shows a model result: the JSON document as a tree, each table in a table, the pictures; saves all of it to a
 * folder ({@link ModelResult#writeTo}) or exports it through a contributed exporter.
 */
public class ResultPart {

    public static final String JSON_TREE_ID = "steward.result.json";
    public static final String SUMMARY_ID = "steward.result.summary";

    @Inject
    MPart part;
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    WorkbenchContributions contributions;

    private Composite root;
    private Label summary;
    private CTabFolder tabs;
    private ModelResult result;
    private final List<Image> images = new ArrayList<>();

    @PostConstruct
    public void create(Composite parent) {
        root = parent;
        parent.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new RowLayout());
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Button save = new Button(bar, SWT.PUSH);
        save.setText(Messages.Result_save);
        save.addListener(SWT.Selection, e -> save());
        Button export = new Button(bar, SWT.PUSH);
        export.setText(Messages.Result_export);
        export.addListener(SWT.Selection, e -> showExportMenu(export));
        summary = new Label(parent, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        summary.setData(NavigatorPart.WIDGET_ID, SUMMARY_ID);
        tabs = new CTabFolder(parent, SWT.BORDER | SWT.BOTTOM);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Object given = part.getTransientData().get(ModelParts.RESULT);
        if (given instanceof ModelResult r) {
            show(r);
        }
    }

    /** Replaces what is shown by {@code newResult}. */
    public void show(ModelResult newResult) {
        this.result = newResult;
        for (CTabItem item : tabs.getItems()) {
            item.getControl().dispose();
            item.dispose();
        }
        disposeImages();
        summary.setText(newResult.summary());
        addJsonTab(newResult);
        for (ResultTable table : newResult.tables()) {
            addTableTab(table);
        }
        if (!newResult.images().isEmpty()) {
            addImagesTab(newResult.images());
        }
        tabs.setSelection(0);
        root.layout(true, true);
    }

    private void addJsonTab(ModelResult r) {
        Composite holder = new Composite(tabs, SWT.NONE);
        holder.setLayout(new org.eclipse.swt.layout.FillLayout());
        TreeViewer tree = new TreeViewer(holder, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.getTree().setHeaderVisible(true);
        tree.getTree().setLinesVisible(true);
        tree.getTree().setData(NavigatorPart.WIDGET_ID, JSON_TREE_ID);
        TreeViewerColumn key = new TreeViewerColumn(tree, SWT.LEFT);
        key.getColumn().setText(Messages.Result_key);
        key.getColumn().setWidth(260);
        key.setLabelProvider(ColumnLabelProvider.createTextProvider(o -> ((JsonNode) o).key()));
        TreeViewerColumn value = new TreeViewerColumn(tree, SWT.LEFT);
        value.getColumn().setText(Messages.Result_value);
        value.getColumn().setWidth(400);
        value.setLabelProvider(ColumnLabelProvider.createTextProvider(o -> ((JsonNode) o).text()));
        tree.setContentProvider(new JsonNode.Content());
        tree.setInput(r.json());
        tree.expandToLevel(2);
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText("result.json");
        item.setControl(holder);
    }

    private void addTableTab(ResultTable table) {
        Composite holder = new Composite(tabs, SWT.NONE);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        TableViewer viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.VIRTUAL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setData(NavigatorPart.WIDGET_ID, "steward.result.table." + table.fileName());
        for (int i = 0; i < table.columns().size(); i++) {
            int index = i;
            TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
            column.getColumn().setText(table.columns().get(i));
            column.setLabelProvider(ColumnLabelProvider.createTextProvider(row -> String.valueOf(((List<?>) row).get(index))));
            layout.setColumnData(column.getColumn(), new ColumnWeightData(i == 0 ? 3 : 1, 60));
        }
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(table.rows());
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(table.fileName());
        item.setControl(holder);
    }

    private void addImagesTab(List<ResultImage> pictures) {
        ScrolledComposite scroll = new ScrolledComposite(tabs, SWT.V_SCROLL | SWT.H_SCROLL);
        Composite content = new Composite(scroll, SWT.NONE);
        content.setLayout(new GridLayout(1, false));
        for (ResultImage picture : pictures) {
            Label caption = new Label(content, SWT.NONE);
            caption.setText(picture.fileName());
            Label shown = new Label(content, SWT.NONE);
            try {
                Image image = new Image(content.getDisplay(), new ByteArrayInputStream(picture.content()));
                images.add(image);
                shown.setImage(image);
            } catch (SWTException | IllegalArgumentException e) {
                shown.setText(NLS.bind(Messages.Result_imageUnreadable, picture.fileName(), picture.mediaType()));
            }
        }
        scroll.setContent(content);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(Messages.Result_images);
        item.setControl(scroll);
    }

    private void save() {
        DirectoryDialog dialog = new DirectoryDialog(root.getShell());
        dialog.setText(Messages.Result_save);
        String folder = dialog.open();
        if (folder != null) {
            saveTo(Path.of(folder));
        }
    }

    /** Writes the result (JSON, tables, pictures) into {@code folder} in a job; empty when nothing is shown. */
    public Optional<Job> saveTo(Path folder) {
        ModelResult r = result;
        if (r == null) {
            return Optional.empty();
        }
        return Optional.of(runInBackground(NLS.bind(Messages.Result_saving, folder), () -> {
            List<Path> written = r.writeTo(folder);
            return NLS.bind(Messages.Result_saved, written.size(), folder);
        }));
    }

    private void showExportMenu(Control anchor) {
        List<ExporterDescriptor> exporters = contributions == null ? List.of() : contributions.exporters().descriptors();
        Menu menu = new Menu(anchor);
        if (exporters.isEmpty()) {
            MenuItem none = new MenuItem(menu, SWT.PUSH);
            none.setText(Messages.Result_noExporters);
            none.setEnabled(false);
        }
        for (ExporterDescriptor d : exporters) {
            MenuItem item = new MenuItem(menu, SWT.PUSH);
            item.setText(d.name() + " (*." + d.extension() + ")");
            item.addListener(SWT.Selection, e -> export(d));
        }
        org.eclipse.swt.graphics.Point p = anchor.toDisplay(0, anchor.getSize().y);
        menu.setLocation(p);
        menu.setVisible(true);
    }

    private void export(ExporterDescriptor d) {
        FileDialog dialog = new FileDialog(root.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*." + d.extension()});
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file != null) {
            exportTo(d, Path.of(file));
        }
    }

    /** Writes the result to {@code file} with the contributed exporter, in a job; empty when nothing is shown. */
    public Optional<Job> exportTo(ExporterDescriptor d, Path file) {
        ModelResult r = result;
        if (r == null) {
            return Optional.empty();
        }
        return Optional.of(runInBackground(NLS.bind(Messages.Result_exporting, file), () -> {
            ILog log = ILog.of(ResultPart.class);
            Optional<ResultExporter> exporter = d.createExporter(WorkbenchContributions.CREATION_TIMEOUT, log::log);
            if (exporter.isEmpty()) {
                throw new IOException(NLS.bind(Messages.Result_exporterBroken, d.describe()));
            }
            exporter.get().export(r, file);
            return NLS.bind(Messages.Result_exported, file);
        }));
    }

    /** Work that writes files. */
    private interface FileWork {
        String run() throws IOException;
    }

    private Job runInBackground(String name, FileWork work) {
        Job job = Job.create(name, monitor -> {
            try {
                String done = work.run();
                root.getDisplay().asyncExec(() -> {
                    if (!summary.isDisposed()) {
                        summary.setText(done);
                    }
                });
                return Status.OK_STATUS;
            } catch (IOException | RuntimeException e) {
                return new Status(IStatus.ERROR, "org.steward.workbench", NLS.bind(Messages.Result_writeFailed, e.getMessage()), e);
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    /** The result shown (for tests). */
    public Optional<ModelResult> result() {
        return Optional.ofNullable(result);
    }

    @PreDestroy
    public void dispose() {
        disposeImages();
    }

    private void disposeImages() {
        images.forEach(Image::dispose);
        images.clear();
    }
}
