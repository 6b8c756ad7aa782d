package org.steward.tracing.ui.internal.map;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * The network map widget: drag to pan, wheel to zoom around the pointer, double click (or {@link #fit()}) to show
 * the whole network. Hovering shows a node's details as the tool tip; a click selects the nearest node.
 */
public final class NetworkCanvas extends Canvas {
    public static final String WIDGET_ID = "tracing.map.canvas";
    /** A click or hover finds the nearest node within this many pixels. */
    static final int PICK_PIXELS = 10;
    static final double WHEEL_STEP = 1.25;

    private final MapPainter painter = new MapPainter(new Colours());
    private final Overlay overlay = new Overlay();
    private Optional<MapData> data = Optional.empty();
    private ViewTransform transform = ViewTransform.identity();
    private ViewTransform fitted = ViewTransform.identity();
    private boolean userMoved;
    private int dragX;
    private int dragY;
    private boolean dragging;
    private boolean dragMoved;
    private OptionalInt hovered = OptionalInt.empty();
    private IntConsumer onClick = i -> { };
    private IntFunction<String> describe = i -> "";
    private long lastPaintNanos;
    private MapPainter.Frame lastFrame = new MapPainter.Frame(0, 0, 0, false);

    public NetworkCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        setData("steward.widget", WIDGET_ID);
        addListener(SWT.Paint, this::paint);
        addListener(SWT.Resize, e -> {
            if (!userMoved) {
                fit();
            } else {
                fitted = fittedTransform();
            }
        });
        addListener(SWT.MouseDown, this::mouseDown);
        addListener(SWT.MouseMove, this::mouseMove);
        addListener(SWT.MouseUp, this::mouseUp);
        addListener(SWT.MouseVerticalWheel, this::wheel);
        addListener(SWT.MouseDoubleClick, e -> fit());
    }

    public void setNetwork(Optional<MapData> network) {
        data = network;
        overlay.clear();
        hovered = OptionalInt.empty();
        fit();
    }

    public Optional<MapData> network() {
        return data;
    }

    public Overlay overlay() {
        return overlay;
    }

    public ViewTransform transform() {
        return transform;
    }

    public void setTransform(ViewTransform t) {
        transform = t;
        userMoved = true;
        redraw();
    }

    /** Shows the whole network. */
    public void fit() {
        fitted = fittedTransform();
        transform = fitted;
        userMoved = false;
        redraw();
    }

    private ViewTransform fittedTransform() {
        Rectangle area = getClientArea();
        return data.map(d -> ViewTransform.fit(d.bounds(), Math.max(area.width, 1), Math.max(area.height, 1), 24))
                .orElse(ViewTransform.identity());
    }

    /** Zooms by {@code factor} around a screen point, as the wheel does. */
    public void zoomAt(double factor, int x, int y) {
        setTransform(transform.zoomAt(factor, x, y, fitted));
    }

    public void pan(int dx, int dy) {
        setTransform(transform.pan(dx, dy));
    }

    public void onClick(IntConsumer listener) {
        onClick = listener;
    }

    public void describeWith(IntFunction<String> describer) {
        describe = describer;
    }

    /** Nanoseconds the last paint took (painter only), and what it drew. */
    public long lastPaintNanos() {
        return lastPaintNanos;
    }

    public MapPainter.Frame lastFrame() {
        return lastFrame;
    }

    /** The nearest drawn node within {@link #PICK_PIXELS} of a screen point. */
    public OptionalInt nodeAt(int x, int y) {
        if (data.isEmpty()) {
            return OptionalInt.empty();
        }
        MapData d = data.get();
        int best = -1;
        double bestDistance = PICK_PIXELS * PICK_PIXELS;
        for (int i = 0; i < d.nodeCount(); i++) {
            if (!d.placed(i)) {
                continue;
            }
            double dx = transform.screenX(d.x(i)) - x;
            double dy = transform.screenY(d.y(i)) - y;
            double dd = dx * dx + dy * dy;
            if (dd <= bestDistance) {
                bestDistance = dd;
                best = i;
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }

    private void paint(Event e) {
        Rectangle area = getClientArea();
        if (data.isEmpty()) {
            e.gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
            e.gc.fillRectangle(area);
            return;
        }
        long start = System.nanoTime();
        lastFrame = painter.paint(e.gc, data.get(), transform, overlay, area);
        lastPaintNanos = System.nanoTime() - start;
    }

    private void mouseDown(Event e) {
        if (e.button == 1) {
            dragging = true;
            dragMoved = false;
            dragX = e.x;
            dragY = e.y;
        }
    }

    private void mouseMove(Event e) {
        if (dragging) {
            int dx = e.x - dragX;
            int dy = e.y - dragY;
            if (dragMoved || Math.abs(dx) + Math.abs(dy) > 3) {
                dragMoved = true;
                dragX = e.x;
                dragY = e.y;
                pan(dx, dy);
            }
            return;
        }
        OptionalInt at = nodeAt(e.x, e.y);
        if (!at.equals(hovered)) {
            hovered = at;
            setToolTipText(at.isPresent() ? describe.apply(at.getAsInt()) : null);
        }
    }

    private void mouseUp(Event e) {
        if (e.button != 1 || !dragging) {
            return;
        }
        dragging = false;
        if (!dragMoved) {
            OptionalInt at = nodeAt(e.x, e.y);
            overlay.setSelected(at);
            redraw();
            at.ifPresent(onClick::accept);
        }
    }

    private void wheel(Event e) {
        if (e.count == 0) {
            return;
        }
        zoomAt(Math.pow(WHEEL_STEP, Math.signum(e.count)), e.x, e.y);
    }
}
