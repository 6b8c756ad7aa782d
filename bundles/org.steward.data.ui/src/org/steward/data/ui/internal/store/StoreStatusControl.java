package org.steward.data.ui.internal.store;

import java.util.Optional;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.Status;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;
import org.steward.data.ui.internal.Messages;
import org.steward.data.ui.internal.Services;
import org.steward.store.Store;
import org.steward.store.StoreInfo;

/** The store's mode, location, size and last backup in the status line; refreshed after backup and restore. */
public class StoreStatusControl extends WorkbenchWindowControlContribution {
    public static final String LABEL_ID = "data.storeStatus";
    /** How much of the store's location the status line shows (its end; the tool tip has all of it). */
    public static final int LOCATION_CHARS = 32;

    private Label label;
    private final Runnable listener = this::refresh;

    @Override
    protected Control createControl(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        box.setLayout(new FillLayout());
        label = new Label(box, SWT.NONE);
        label.setData("steward.widget", LABEL_ID);
        label.setText(Messages.Status_none);
        StoreEvents.addListener(listener);
        label.addDisposeListener(e -> StoreEvents.removeListener(listener));
        refresh();
        return box;
    }

    /** Reads {@code Store.info()} off the UI thread and shows it. */
    public void refresh() {
        Job job = Job.create("store status", monitor -> {
            Optional<StoreInfo> info = Services.get(Store.class).map(Store::info);
            String text = info.map(i -> StoreStatusFormat.shortText(i, LOCATION_CHARS)).orElse(Messages.Status_none);
            String tip = info.map(StoreStatusFormat::text).orElse(Messages.Status_none);
            Label l = label;
            if (l != null && !l.isDisposed()) {
                l.getDisplay().asyncExec(() -> {
                    if (!l.isDisposed()) {
                        l.setText(text);
                        l.setToolTipText(tip);
                        l.getParent().getParent().layout(true, true);
                        l.getShell().layout(true, true);
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }
}
