package org.steward.tracing.ui.internal.map;

import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.steward.tracing.network.NodeKind;
import org.steward.tracing.ui.internal.live.SensorState;

/**
 * Draws a {@link MapData} with its {@link Overlay} through a {@link ViewTransform} on any GC (a canvas or an image).
 * Cheap enough for 10,000 nodes: screen positions are computed once per frame, anything outside the area is
 * skipped, flow arrows are drawn only on links long enough on screen, labels only when few nodes are visible.
 */
public final class MapPainter {
    /** Links shorter than this on screen get no arrow. */
    static final int ARROW_MIN_PIXELS = 36;
    /** Node labels are drawn when at most this many nodes are in view. */
    static final int LABEL_MAX_NODES = 80;

    private final Palette colours;

    public MapPainter(Palette colours) {
        this.colours = colours;
    }

    /** What a frame drew, for the status line and the benchmark. */
    public record Frame(int nodesDrawn, int linksDrawn, int arrowsDrawn, boolean labels) {
    }

    public Frame paint(GC gc, MapData data, ViewTransform t, Overlay overlay, Rectangle area) {
        gc.setBackground(colours.background());
        gc.fillRectangle(area);
        int n = data.nodeCount();
        int[] sx = new int[n];
        int[] sy = new int[n];
        boolean[] visible = new boolean[n];
        int margin = 20;
        int inView = 0;
        for (int i = 0; i < n; i++) {
            if (!data.placed(i)) {
                continue;
            }
            sx[i] = (int) Math.round(t.screenX(data.x(i)));
            sy[i] = (int) Math.round(t.screenY(data.y(i)));
            visible[i] = sx[i] >= area.x - margin && sx[i] <= area.x + area.width + margin
                    && sy[i] >= area.y - margin && sy[i] <= area.y + area.height + margin;
            if (visible[i]) {
                inView++;
            }
        }
        boolean dense = inView > 2_000;
        boolean labels = inView <= LABEL_MAX_NODES;
        gc.setAntialias(dense ? SWT.OFF : SWT.ON);
        gc.setLineWidth(dense ? 1 : 2);
        gc.setForeground(colours.link());
        gc.setBackground(colours.link());
        // One path per colour: a single stroke or fill of thousands of segments costs far less than one GC call each.
        Path lines = new Path(gc.getDevice());
        Path heads = new Path(gc.getDevice());
        int links = 0;
        int arrows = 0;
        try {
            for (int l = 0; l < data.network().linkCount(); l++) {
                double[] p = data.polylineOrNull(l);
                if (p == null) {
                    continue;
                }
                int a = data.network().from(l);
                int b = data.network().to(l);
                if (!visible[a] && !visible[b] && p.length == 4 && !crosses(sx[a], sy[a], sx[b], sy[b], area)) {
                    continue;
                }
                float[] s = new float[p.length];
                for (int k = 0; k < p.length; k += 2) {
                    s[k] = (float) t.screenX(p[k]);
                    s[k + 1] = (float) t.screenY(p[k + 1]);
                }
                lines.moveTo(s[0], s[1]);
                for (int k = 2; k < s.length; k += 2) {
                    lines.lineTo(s[k], s[k + 1]);
                }
                links++;
                if (arrow(heads, s)) {
                    arrows++;
                }
            }
            gc.drawPath(lines);
            gc.fillPath(heads);
        } finally {
            lines.dispose();
            heads.dispose();
        }
        gc.setLineWidth(1);
        int radius = dense ? 2 : 4;
        int drawn = 0;
        for (NodeKind kind : NodeKind.values()) {
            Path shapes = new Path(gc.getDevice());
            try {
                int count = 0;
                for (int i = 0; i < n; i++) {
                    if (visible[i] && data.network().node(i).kind() == kind) {
                        addNode(shapes, kind, sx[i], sy[i], radius);
                        count++;
                    }
                }
                if (count > 0) {
                    gc.setBackground(colour(kind));
                    gc.fillPath(shapes);
                    drawn += count;
                }
            } finally {
                shapes.dispose();
            }
        }
        java.util.List<Rectangle> taken = new java.util.ArrayList<>();
        drawOverlay(gc, data, sx, sy, visible, overlay, taken);
        drawAttachments(gc, data, sx, sy, visible, overlay, dense);
        if (labels) {
            gc.setForeground(colours.label());
            for (int i = 0; i < n; i++) {
                if (visible[i]) {
                    label(gc, data.network().node(i).id(), sx[i] + 6, sy[i] + 4, taken);
                }
            }
        }
        return new Frame(drawn, links, arrows, labels);
    }

    private static boolean crosses(int x0, int y0, int x1, int y1, Rectangle r) {
        int minX = Math.min(x0, x1);
        int maxX = Math.max(x0, x1);
        int minY = Math.min(y0, y1);
        int maxY = Math.max(y0, y1);
        return maxX >= r.x && minX <= r.x + r.width && maxY >= r.y && minY <= r.y + r.height;
    }

    /** Adds an arrowhead in the middle of the longest segment, pointing downstream, when it is long enough. */
    private static boolean arrow(Path heads, float[] s) {
        int best = -1;
        double length = 0;
        for (int k = 0; k + 3 < s.length; k += 2) {
            double d = Math.hypot(s[k + 2] - s[k], s[k + 3] - s[k + 1]);
            if (d > length) {
                length = d;
                best = k;
            }
        }
        if (best < 0 || length < ARROW_MIN_PIXELS) {
            return false;
        }
        double ux = (s[best + 2] - s[best]) / length;
        double uy = (s[best + 3] - s[best + 1]) / length;
        double mx = (s[best] + s[best + 2]) / 2.0 + ux * 5;
        double my = (s[best + 1] + s[best + 3]) / 2.0 + uy * 5;
        double size = 9;
        heads.moveTo((float) mx, (float) my);
        heads.lineTo((float) (mx - ux * size - uy * size * 0.55), (float) (my - uy * size + ux * size * 0.55));
        heads.lineTo((float) (mx - ux * size + uy * size * 0.55), (float) (my - uy * size - ux * size * 0.55));
        heads.close();
        return true;
    }

    private Color colour(NodeKind kind) {
        return switch (kind) {
            case OUTFALL -> colours.outfall();
            case STORAGE -> colours.storage();
            case DIVIDER -> colours.divider();
            case JUNCTION -> colours.junction();
        };
    }

    /** Junction: disc (square when small); outfall: triangle pointing down; storage: square; divider: diamond. */
    private static void addNode(Path p, NodeKind kind, int x, int y, int r) {
        switch (kind) {
            case OUTFALL -> {
                int s = r + 3;
                p.moveTo(x - s, y - s);
                p.lineTo(x + s, y - s);
                p.lineTo(x, y + s);
                p.close();
            }
            case STORAGE -> p.addRectangle(x - r - 1, y - r - 1, 2 * r + 3, 2 * r + 3);
            case DIVIDER -> {
                int s = r + 2;
                p.moveTo(x, y - s);
                p.lineTo(x + s, y);
                p.lineTo(x, y + s);
                p.lineTo(x - s, y);
                p.close();
            }
            default -> {
                if (r <= 2) {
                    p.addRectangle(x - r, y - r, 2 * r + 1, 2 * r + 1);
                } else {
                    p.moveTo(x + r + 0.5f, y);
                    p.addArc(x - r - 0.5f, y - r - 0.5f, 2 * r + 1, 2 * r + 1, 0, 360);
                    p.close();
                }
            }
        }
    }

    private void drawAttachments(GC gc, MapData data, int[] sx, int[] sy, boolean[] visible, Overlay overlay, boolean dense) {
        for (int i = 0; i < sx.length; i++) {
            if (!visible[i]) {
                continue;
            }
            if (data.hasEnterprises(i)) {
                gc.setBackground(colours.enterprise());
                gc.fillRectangle(sx[i] - 12, sy[i] - 12, 7, 7);
            }
            if (data.hasSensors(i)) {
                SensorState state = overlay.sensorStates().getOrDefault(i, SensorState.NO_DATA);
                gc.setForeground(colours.sensor(state));
                gc.setLineWidth(dense ? 2 : 3);
                gc.drawOval(sx[i] - 8, sy[i] - 8, 16, 16);
                gc.setLineWidth(1);
            }
        }
    }

    /** Draws a label unless it would overlap one drawn before (earlier labels are the more important ones). */
    private static void label(GC gc, String text, int x, int y, java.util.List<Rectangle> taken) {
        org.eclipse.swt.graphics.FontMetrics m = gc.getFontMetrics();
        Rectangle r = new Rectangle(x, y, (int) Math.ceil(m.getAverageCharacterWidth() * text.length()), m.getHeight());
        for (Rectangle t : taken) {
            if (t.intersects(r)) {
                return;
            }
        }
        taken.add(r);
        gc.drawString(text, x, y, true);
    }

    /** One ranking: discs sized by score, the best in the top colour, labels {@code #rank score} for the first 20. */
    private void drawCandidates(GC gc, int[] sx, int[] sy, boolean[] visible, Map<Integer, Double> candidates,
                                java.util.List<Rectangle> taken) {
        double top = candidates.values().iterator().next();
        int rank = 0;
        gc.setAlpha(150);
        for (Map.Entry<Integer, Double> c : candidates.entrySet()) {
            int i = c.getKey();
            rank++;
            if (!visible[i]) {
                continue;
            }
            int r = (int) Math.round(6 + 12 * (top > 0 ? c.getValue() / top : 1));
            gc.setBackground(rank == 1 ? colours.topCandidate() : colours.candidate());
            gc.fillOval(sx[i] - r, sy[i] - r, 2 * r, 2 * r);
        }
        gc.setAlpha(255);
        gc.setForeground(colours.candidateText());
        rank = 0;
        for (Map.Entry<Integer, Double> c : candidates.entrySet()) {
            int i = c.getKey();
            rank++;
            if (rank > 20) {
                break;
            }
            if (visible[i]) {
                label(gc, String.format(Locale.ROOT, "#%d %.2f", rank, c.getValue()), sx[i] + 10, sy[i] - 20, taken);
            }
        }
    }

    private void drawOverlay(GC gc, MapData data, int[] sx, int[] sy, boolean[] visible, Overlay overlay, java.util.List<Rectangle> taken) {
        for (Map<Integer, Double> candidates : overlay.candidateSets()) {
            drawCandidates(gc, sx, sy, visible, candidates, taken);
        }
        gc.setLineWidth(3);
        gc.setForeground(colours.fired());
        for (int i : overlay.fired()) {
            if (i < visible.length && visible[i]) {
                gc.drawOval(sx[i] - 12, sy[i] - 12, 24, 24);
            }
        }
        int k = 0;
        for (int i : overlay.suggested()) {
            k++;
            if (i < visible.length && visible[i]) {
                gc.setForeground(colours.suggested());
                gc.drawRectangle(sx[i] - 10, sy[i] - 10, 20, 20);
                label(gc, "+" + k, sx[i] + 12, sy[i] - 8, taken);
            }
        }
        if (overlay.selected().isPresent()) {
            int i = overlay.selected().getAsInt();
            if (i < visible.length && visible[i]) {
                gc.setForeground(colours.selection());
                gc.setLineWidth(2);
                gc.drawOval(sx[i] - 15, sy[i] - 15, 30, 30);
            }
        }
        gc.setLineWidth(1);
    }

    /** Where a node is drawn; empty when it has no coordinates. */
    public static java.util.Optional<Point> screen(MapData data, ViewTransform t, int node) {
        if (!data.placed(node)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Point((int) Math.round(t.screenX(data.x(node))), (int) Math.round(t.screenY(data.y(node)))));
    }

    /** The colours of the map; system colours, nothing to dispose. */
    public interface Palette {
        Color background();

        Color link();

        Color label();

        Color junction();

        Color outfall();

        Color storage();

        Color divider();

        Color enterprise();

        Color sensor(SensorState state);

        Color candidate();

        Color topCandidate();

        Color candidateText();

        Color fired();

        Color suggested();

        Color selection();
    }
}
