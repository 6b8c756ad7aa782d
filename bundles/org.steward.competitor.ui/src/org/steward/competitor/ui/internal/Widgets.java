package org.steward.competitor.ui.internal;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** Small helpers shared by the competitor views; {@value #ID} names a control for the UI tests. */
public final class Widgets {
    public static final String ID = "steward.widget";

    private Widgets() {
    }

    public static <T extends Control> T id(T control, String id) {
        control.setData(ID, id);
        return control;
    }

    public static Button button(Composite parent, String text, String id, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        id(b, id);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    public static <T> void column(TableViewer viewer, String title, int width, Class<T> type, Function<T, String> text) {
        TableViewerColumn col = new TableViewerColumn(viewer, SWT.NONE);
        col.getColumn().setText(title);
        col.getColumn().setWidth(width);
        col.setLabelProvider(provider(type, text));
    }

    public static <T> void column(TreeViewer viewer, String title, int width, Class<T> type, Function<T, String> text) {
        TreeViewerColumn col = new TreeViewerColumn(viewer, SWT.NONE);
        col.getColumn().setText(title);
        col.getColumn().setWidth(width);
        col.setLabelProvider(provider(type, text));
    }

    private static <T> ColumnLabelProvider provider(Class<T> type, Function<T, String> text) {
        return new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return type.isInstance(element) ? text.apply(type.cast(element)) : "";
            }
        };
    }

    /** Registers {@code refresh} with the session until the control is disposed. */
    public static void follow(ColumnViewer viewer, Runnable refresh) {
        follow(viewer.getControl(), refresh);
    }

    public static void follow(Control control, Runnable refresh) {
        Runnable r = () -> {
            if (!control.isDisposed()) {
                control.getDisplay().asyncExec(() -> {
                    if (!control.isDisposed()) {
                        refresh.run();
                    }
                });
            }
        };
        CompetitorSession.get().addListener(r);
        control.addDisposeListener(e -> CompetitorSession.get().removeListener(r));
    }
}
