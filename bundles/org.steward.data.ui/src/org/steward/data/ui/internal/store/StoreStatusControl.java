package org.steward.data.ui.internal.store;

import java.util.Optional;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.Status;
import org.eclipse.swt.SWT;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridLayout;
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
        GridLayout layout = new GridLayout(1, false);
        layout.marginHeight = 0;
        box.setLayout(layout);
        label = new Label(box, SWT.NONE);
        // the trim sizes a contributed control once, when it is created, and the text changes afterwards: reserve
        // room for the longest text the line shows (a sample with the widest values)
        GC gc = new GC(label);
        try {
            StoreInfo widest = new StoreInfo("embedded", "0".repeat(LOCATION_CHARS), 1000L * 1024 * 1024,
                    Optional.of(java.time.Instant.parse("2000-12-28T20:00:00Z")));
            int width = gc.textExtent(StoreStatusFormat.shortText(widest, LOCATION_CHARS) + "00").x;
            label.setLayoutData(GridDataFactory.fillDefaults().grab(true, true).hint(width, SWT.DEFAULT).create());
        } finally {
            gc.dispose();
        }
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
                        l.requestLayout();
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }
}
