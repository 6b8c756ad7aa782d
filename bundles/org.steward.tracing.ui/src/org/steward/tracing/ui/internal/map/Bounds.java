package org.steward.tracing.ui.internal.map;

/** An axis-parallel rectangle of map coordinates. */
public record Bounds(double minX, double minY, double maxX, double maxY) {
    public Bounds {
        if (!(minX <= maxX && minY <= maxY)) {
            throw new IllegalArgumentException("empty bounds: " + minX + "," + minY + " .. " + maxX + "," + maxY);
        }
    }

    public double width() {
        return maxX - minX;
    }

    public double height() {
        return maxY - minY;
    }

    public double centerX() {
        return (minX + maxX) / 2;
    }

    public double centerY() {
        return (minY + maxY) / 2;
    }

    /** The unit square around the origin, for a map with no coordinates at all. */
    public static Bounds unit() {
        return new Bounds(0, 0, 1, 1);
    }
}
