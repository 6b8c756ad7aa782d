package org.steward.partner.ui.internal;

import java.io.ByteArrayInputStream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** A label showing a chart PNG drawn by org.steward.partner.chart; the previous image is disposed on each change. */
final class ChartImage {
    private final Label label;
    private Image image;

    ChartImage(Composite parent, String id) {
        label = new Label(parent, SWT.NONE);
        label.setData("steward.widget", id);
        org.eclipse.jface.layout.GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
        label.addDisposeListener(e -> dispose());
    }

    Label control() {
        return label;
    }

    void show(byte[] png) {
        Image next = new Image(label.getDisplay(), new ByteArrayInputStream(png));
        label.setImage(next);
        dispose();
        image = next;
        label.getParent().layout(true, true);
    }

    void clear() {
        label.setImage(null);
        dispose();
    }

    private void dispose() {
        if (image != null && !image.isDisposed()) {
            image.dispose();
        }
        image = null;
    }
}
