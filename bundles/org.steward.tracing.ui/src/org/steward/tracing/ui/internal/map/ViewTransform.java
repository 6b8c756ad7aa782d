package org.steward.tracing.ui.internal.map;

/**
 * Map coordinates (SWMM [COORDINATES], y pointing up) to screen pixels (y pointing down):
 * {@code sx = tx + scale·x}, {@code sy = ty − scale·y}. Immutable; every operation gives a new transform.
 *
 * @param scale pixels per map unit, positive
 * @param tx    screen x of map x = 0
 * @param ty    screen y of map y = 0
 */
public record ViewTransform(double scale, double tx, double ty) {
    /** Smallest and largest scale a zoom may reach, relative to the fitted one. */
    public static final double MIN_ZOOM = 0.05;
    public static final double MAX_ZOOM = 2_000;

    public ViewTransform {
        if (!(scale > 0) || !Double.isFinite(scale) || !Double.isFinite(tx) || !Double.isFinite(ty)) {
            throw new IllegalArgumentException("scale must be positive and finite, offsets finite: " + scale + ", " + tx + ", " + ty);
        }
    }

    public static ViewTransform identity() {
        return new ViewTransform(1, 0, 0);
    }

    /**
     * The transform that shows {@code bounds} whole and centred in a {@code width}×{@code height} area leaving
     * {@code margin} pixels on every side. A bounds of zero size (one node) is shown at scale 1.
     */
    public static ViewTransform fit(Bounds bounds, int width, int height, int margin) {
        double w = Math.max(1, width - 2.0 * margin);
        double h = Math.max(1, height - 2.0 * margin);
        double sx = bounds.width() > 0 ? w / bounds.width() : Double.POSITIVE_INFINITY;
        double sy = bounds.height() > 0 ? h / bounds.height() : Double.POSITIVE_INFINITY;
        double scale = Math.min(sx, sy);
        if (!Double.isFinite(scale)) {
            scale = 1;
        }
        return new ViewTransform(scale, width / 2.0 - scale * bounds.centerX(), height / 2.0 + scale * bounds.centerY());
    }

    public double screenX(double x) {
        return tx + scale * x;
    }

    public double screenY(double y) {
        return ty - scale * y;
    }

    public double mapX(double sx) {
        return (sx - tx) / scale;
    }

    public double mapY(double sy) {
        return (ty - sy) / scale;
    }

    /** Moved by {@code dx, dy} screen pixels (a drag). */
    public ViewTransform pan(double dx, double dy) {
        return new ViewTransform(scale, tx + dx, ty + dy);
    }

    /** Scaled by {@code factor} around the screen point {@code sx, sy}, which keeps showing the same map point. */
    public ViewTransform zoomAt(double factor, double sx, double sy) {
        double x = mapX(sx);
        double y = mapY(sy);
        double s = scale * factor;
        return new ViewTransform(s, sx - s * x, sy + s * y);
    }

    /** Like {@link #zoomAt} but the scale stays within [MIN_ZOOM, MAX_ZOOM] × {@code fitted}'s scale. */
    public ViewTransform zoomAt(double factor, double sx, double sy, ViewTransform fitted) {
        double target = Math.max(fitted.scale * MIN_ZOOM, Math.min(fitted.scale * MAX_ZOOM, scale * factor));
        return zoomAt(target / scale, sx, sy);
    }
}
