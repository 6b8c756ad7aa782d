package org.steward.workbench.internal.parts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.steward.core.model.StewardStatus;
import org.steward.core.runtime.ModelCatalog;
import org.steward.workbench.internal.Messages;
import org.steward.workbench.internal.log.LogCollector;
import org.steward.workbench.internal.log.LogRecord;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Warnings and errors of Steward and the platform since start-up (from the {@link LogCollector}), plus the
 * problems the model catalogue has with services it skipped. Newest first; the details of the selected entry
 * below.
 */
public class ErrorLogPart {

    public static final String TABLE_ID = "steward.errorLog.table";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    LogCollector collector;

    private TableViewer viewer;
    private final List<LogRecord> shown = new ArrayList<>();
    private AutoCloseable subscription;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        Composite holder = new Composite(sash, SWT.NONE);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setData(NavigatorPart.WIDGET_ID, TABLE_ID);
        column(layout, Messages.Log_severity, 1, r -> r.severity() == LogRecord.Severity.ERROR ? Messages.Log_error : Messages.Log_warning,
                r -> PlatformUI.getWorkbench().getSharedImages().getImage(r.severity() == LogRecord.Severity.ERROR
                        ? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJS_WARN_TSK));
        column(layout, Messages.Log_time, 1, r -> TIME.format(r.time()), r -> null);
        column(layout, Messages.Log_source, 2, LogRecord::source, r -> null);
        column(layout, Messages.Log_message, 8, r -> r.message().lines().findFirst().orElse(""), r -> null);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        Text details = new Text(sash, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        sash.setWeights(3, 1);
        viewer.addSelectionChangedListener(e -> {
            Object o = ((IStructuredSelection) e.getSelection()).getFirstElement();
            details.setText(o instanceof LogRecord r ? r.message() + r.detail().map(d -> "\n\n" + d).orElse("") : "");
        });
        if (collector != null) {
            shown.addAll(collector.records());
            subscription = collector.addListener(r -> {
                if (!viewer.getControl().isDisposed()) {
                    viewer.getControl().getDisplay().asyncExec(() -> add(r));
                }
            });
        }
        Services.find(ModelCatalog.class).ifPresent(c -> c.problems().forEach(p -> shown.add(fromStatus(p))));
        refresh();
    }

    private void column(TableColumnLayout layout, String title, int weight, java.util.function.Function<LogRecord, String> text,
                        java.util.function.Function<LogRecord, Image> image) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        layout.setColumnData(c.getColumn(), new ColumnWeightData(weight, 60));
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((LogRecord) element);
            }

            @Override
            public Image getImage(Object element) {
                return image.apply((LogRecord) element);
            }
        });
    }

    private static LogRecord fromStatus(StewardStatus s) {
        LogRecord.Severity severity = s.severity() == StewardStatus.Severity.ERROR ? LogRecord.Severity.ERROR : LogRecord.Severity.WARNING;
        return new LogRecord(java.time.Instant.now(), severity, s.source(), s.message(),
                s.cause().map(Throwable::toString).map(Optional::of).orElse(Optional.empty()));
    }

    private void add(LogRecord r) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        shown.add(r);
        refresh();
    }

    private void refresh() {
        List<LogRecord> newestFirst = new ArrayList<>(shown);
        java.util.Collections.reverse(newestFirst);
        viewer.setInput(newestFirst);
    }

    /** What the view shows, newest first (for tests). */
    public List<LogRecord> records() {
        List<LogRecord> newestFirst = new ArrayList<>(shown);
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    @PreDestroy
    public void dispose() throws Exception {
        if (subscription != null) {
            subscription.close();
        }
    }
}
