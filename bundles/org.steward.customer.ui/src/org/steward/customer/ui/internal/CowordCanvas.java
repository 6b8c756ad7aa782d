package org.steward.customer.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.steward.text.coword.CowordMap;

/**
 * The co-word map: terms at their VOS positions, circle area ∝ frequency, colour = cluster, the strongest links.
 * Mouse wheel (or {@link #zoom}) zooms around the pointer, dragging pans, a click on a term tells the listener.
 */
final class CowordCanvas {
    static final String CANVAS_ID = "customer.map";
    private static final int MAX_LINKS = 150;
    private static final RGB[] PALETTE = {new RGB(31, 119, 180), new RGB(255, 127, 14), new RGB(44, 160, 44), new RGB(214, 39, 40),
            new RGB(148, 103, 189), new RGB(140, 86, 75), new RGB(227, 119, 194), new RGB(127, 127, 127), new RGB(188, 189, 34),
            new RGB(23, 190, 207)};

    private final Canvas canvas;
    private final Consumer<String> clicked;
    private Optional<CowordMap> map = Optional.empty();
    private double zoom = 1;
    private double panX;
    private double panY;
    private Point dragFrom;
    private boolean dragged;
    private String selected = "";

    CowordCanvas(Composite parent, Consumer<String> clicked) {
        this.clicked = clicked;
        canvas = new Canvas(parent, SWT.BORDER | SWT.DOUBLE_BUFFERED);
        canvas.setData("steward.widget", CANVAS_ID);
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.MouseVerticalWheel, e -> zoom(e.count > 0 ? 1.25 : 0.8, e.x, e.y));
        canvas.addListener(SWT.MouseDown, e -> {
            dragFrom = new Point(e.x, e.y);
            dragged = false;
        });
        canvas.addListener(SWT.MouseMove, e -> {
            if (dragFrom != null && (e.stateMask & SWT.BUTTON1) != 0) {
                panX += e.x - dragFrom.x;
                panY += e.y - dragFrom.y;
                dragged = dragged || Math.abs(e.x - dragFrom.x) + Math.abs(e.y - dragFrom.y) > 3;
                dragFrom = new Point(e.x, e.y);
                canvas.redraw();
            }
        });
        canvas.addListener(SWT.MouseUp, e -> {
            if (!dragged) {
                termAt(e.x, e.y).ifPresent(t -> {
                    selected = t;
                    canvas.redraw();
                    clicked.accept(t);
                });
            }
            dragFrom = null;
        });
    }

    Canvas control() {
        return canvas;
    }

    void show(CowordMap m) {
        map = Optional.of(m);
        reset();
    }

    void reset() {
        zoom = 1;
        panX = 0;
        panY = 0;
        canvas.redraw();
    }

    /** Zooms by {@code factor} keeping the point (x, y) of the canvas in place. */
    void zoom(double factor, int x, int y) {
        double nz = Math.max(0.2, Math.min(20, zoom * factor));
        double f = nz / zoom;
        panX = x - f * (x - panX);
        panY = y - f * (y - panY);
        zoom = nz;
        canvas.redraw();
    }

    double zoom() {
        return zoom;
    }

    /** Where a term's circle centre is drawn now. */
    Optional<Point> pointOf(String term) {
        return map.flatMap(m -> {
            int i = m.terms().indexOf(term);
            return i < 0 ? Optional.empty() : Optional.of(project(m, i));
        });
    }

    /** The term whose circle or label is under (x, y), the nearest one if several. */
    Optional<String> termAt(int x, int y) {
        if (map.isEmpty()) {
            return Optional.empty();
        }
        CowordMap m = map.get();
        String best = null;
        double bestD = Double.MAX_VALUE;
        for (int i = 0; i < m.terms().size(); i++) {
            Point p = project(m, i);
            int r = radius(m, i);
            double d = Math.hypot(p.x - x, p.y - y);
            boolean onLabel = y >= p.y + r && y <= p.y + r + 18 && Math.abs(x - p.x) <= 8 * m.terms().get(i).length() + 4;
            if ((d <= r + 3 || onLabel) && d < bestD) {
                best = m.terms().get(i);
                bestD = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private Point project(CowordMap m, int i) {
        Rectangle area = canvas.getClientArea();
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] p : m.xy()) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        double margin = 60;
        double w = Math.max(1, area.width - 2 * margin);
        double h = Math.max(1, area.height - 2 * margin);
        double scale = Math.min(w / Math.max(1e-9, maxX - minX), h / Math.max(1e-9, maxY - minY));
        double cx = margin + (w - scale * (maxX - minX)) / 2;
        double cy = margin + (h - scale * (maxY - minY)) / 2;
        double x = cx + scale * (m.xy()[i][0] - minX);
        double y = cy + scale * (m.xy()[i][1] - minY);
        return new Point((int) Math.round(panX + zoom * x), (int) Math.round(panY + zoom * y));
    }

    private static int radius(CowordMap m, int i) {
        long max = 1;
        for (long w : m.weights()) {
            max = Math.max(max, w);
        }
        return (int) Math.round(4 + 14 * Math.sqrt((double) m.weights()[i] / max));
    }

    private void paint(GC gc) {
        if (map.isEmpty()) {
            gc.drawText(Messages.MapHint, 10, 10, true);
            return;
        }
        CowordMap m = map.get();
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        int n = m.terms().size();
        List<int[]> links = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (m.similarity()[i][j] > 0) {
                    links.add(new int[] {i, j});
                }
            }
        }
        links.sort((a, b) -> Double.compare(m.similarity()[b[0]][b[1]], m.similarity()[a[0]][a[1]]));
        Color link = new Color(200, 200, 200);
        gc.setForeground(link);
        for (int[] l : links.subList(0, Math.min(MAX_LINKS, links.size()))) {
            Point a = project(m, l[0]);
            Point b = project(m, l[1]);
            gc.drawLine(a.x, a.y, b.x, b.y);
        }
        link.dispose();
        for (int i = 0; i < n; i++) {
            Point p = project(m, i);
            int r = radius(m, i);
            Color c = new Color(PALETTE[Math.floorMod(m.clusters()[i], PALETTE.length)]);
            gc.setBackground(c);
            gc.fillOval(p.x - r, p.y - r, 2 * r, 2 * r);
            if (m.terms().get(i).equals(selected)) {
                gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
                gc.setLineWidth(3);
                gc.drawOval(p.x - r - 2, p.y - r - 2, 2 * r + 4, 2 * r + 4);
                gc.setLineWidth(1);
            }
            c.dispose();
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        // labels of frequent terms first; a label that would overlap one already drawn is left out (zoom in to see it)
        List<Rectangle> drawn = new ArrayList<>();
        java.util.stream.IntStream.range(0, n).boxed()
                .sorted((a, b) -> Long.compare(m.weights()[b], m.weights()[a]) != 0 ? Long.compare(m.weights()[b], m.weights()[a])
                        : m.terms().get(a).compareTo(m.terms().get(b)))
                .forEach(i -> {
                    Point p = project(m, i);
                    int r = radius(m, i);
                    String t = m.terms().get(i);
                    Point size = gc.textExtent(t);
                    Rectangle box = new Rectangle(p.x - size.x / 2, p.y + r + 1, size.x, size.y);
                    if (t.equals(selected) || drawn.stream().noneMatch(box::intersects)) {
                        gc.drawText(t, box.x, box.y, true);
                        drawn.add(box);
                    }
                });
    }
}
