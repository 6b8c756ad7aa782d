package org.steward.workbench.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/** Drives the running workbench from the test thread: everything touching widgets runs on the UI thread. */
public final class Ui {

    private static final String WIDGET_ID = "steward.widget";

    private Ui() {
    }

    public static Display display() {
        return PlatformUI.getWorkbench().getDisplay();
    }

    public static <T> T sync(Supplier<T> work) {
        AtomicReference<T> out = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        AtomicReference<Error> error = new AtomicReference<>();
        display().syncExec(() -> {
            try {
                out.set(work.get());
            } catch (RuntimeException e) {
                failure.set(e);
            } catch (Error e) {
                error.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        if (error.get() != null) {
            throw error.get();
        }
        return out.get();
    }

    /** Polls {@code probe} on the UI thread until it gives a value or the time is up. */
    public static <T> T await(String what, Duration timeout, Supplier<Optional<T>> probe) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> value = sync(probe);
            if (value.isPresent()) {
                return value.get();
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    /** The main window's shell. */
    public static Shell shell() {
        return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell();
    }

    /** The first visible control under the main window whose {@code steward.widget} data is {@code id}. */
    public static <T extends Control> Optional<T> find(Class<T> type, String id) {
        return find(shell(), type, c -> id.equals(c.getData(WIDGET_ID)) && c.isVisible());
    }

    /** Like {@link #find(Class, String)}, also among hidden controls (e.g. on tabs not selected). */
    public static <T extends Control> Optional<T> findAny(Class<T> type, String id) {
        return find(shell(), type, c -> id.equals(c.getData(WIDGET_ID)));
    }

    public static <T extends Control> Optional<T> find(Control root, Class<T> type, Function<Control, Boolean> match) {
        if (root.isDisposed()) {
            return Optional.empty();
        }
        if (type.isInstance(root) && match.apply(root)) {
            return Optional.of(type.cast(root));
        }
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Optional<T> found = find(child, type, match);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Lets pending UI events run. */
    public static void settle() throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            sync(() -> {
                while (display().readAndDispatch()) {
                    // drain
                }
                return null;
            });
            Thread.sleep(50);
        }
    }

    /** Saves a picture of the main window as PNG under the folder named by -Dsteward.screenshots. */
    public static Path screenshot(String name) throws Exception {
        return screenshot(name, Ui::shell);
    }

    /** Saves a picture of the shell {@code which} gives (on the UI thread) as PNG. */
    public static Path screenshot(String name, Supplier<Shell> which) throws Exception {
        Path dir = Path.of(System.getProperty("steward.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png").toAbsolutePath();
        sync(() -> {
            Shell shell = which.get();
            Rectangle b = shell.getBounds();
            Image image = new Image(display(), b.width, b.height);
            GC gc = new GC(display());
            try {
                gc.copyArea(image, b.x, b.y);
                ImageLoader loader = new ImageLoader();
                loader.data = new ImageData[] {image.getImageData()};
                loader.save(file.toString(), SWT.IMAGE_PNG);
            } finally {
                gc.dispose();
                image.dispose();
            }
            return null;
        });
        return file;
    }
}
