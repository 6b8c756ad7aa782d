package org.steward.compose.ui.internal.wizard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.steward.compose.ui.internal.Messages;

/** A small picture of a chosen file (splash, icon), scaled to fit a box; a text when there is none. */
final class PicturePreview {
    private final Label label;
    private final int width;
    private final int height;
    private Image image;

    PicturePreview(Composite parent, int width, int height) {
        this.label = new Label(parent, SWT.BORDER | SWT.CENTER | SWT.WRAP);
        this.width = width;
        this.height = height;
        label.setText(Messages.Branding_noPreview);
        label.addDisposeListener(e -> dispose());
    }

    Label control() {
        return label;
    }

    void show(Optional<Path> file) {
        dispose();
        if (file.isPresent() && Files.isRegularFile(file.get())) {
            try {
                ImageData data = new ImageData(file.get().toString());
                double scale = Math.min(1.0, Math.min((double) width / data.width, (double) height / data.height));
                ImageData scaled = data.scaledTo(Math.max(1, (int) (data.width * scale)),
                        Math.max(1, (int) (data.height * scale)));
                image = new Image(label.getDisplay(), scaled);
                label.setText("");
                label.setImage(image);
                label.getParent().layout(true, true);
                return;
            } catch (SWTException e) {
                // not a picture SWT can read: the page's message says what is wrong with the file
            }
        }
        label.setImage(null);
        label.setText(Messages.Branding_noPreview);
        label.getParent().layout(true, true);
    }

    boolean hasPicture() {
        return image != null;
    }

    private void dispose() {
        if (image != null && !label.isDisposed()) {
            label.setImage(null);
        }
        if (image != null) {
            image.dispose();
            image = null;
        }
    }
}
