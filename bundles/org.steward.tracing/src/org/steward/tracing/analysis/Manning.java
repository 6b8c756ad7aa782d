package org.steward.tracing.analysis;

import org.steward.tracing.network.CrossSection;

/**
 * Manning's equation, V = (k/n) R^(2/3) S^(1/2), with k = 1 in SI units and 1.486 in US units; R is the hydraulic
 * radius A/P of the flow at a given fill (depth ratio y/D), S the bed slope.
 */
public final class Manning {

    private Manning() {
    }

    /** Velocity from the equation; all lengths in the same unit as k assumes. */
    public static double velocity(double k, double roughness, double hydraulicRadius, double slope) {
        return k / roughness * Math.pow(hydraulicRadius, 2.0 / 3.0) * Math.sqrt(slope);
    }

    /**
     * Hydraulic radius of a circular pipe of diameter {@code d} filled to depth ratio {@code fill} (0 &lt; fill ≤ 1):
     * with θ = 2·acos(1 − 2·fill), A = d²(θ − sin θ)/8 and P = dθ/2. At fill 0.5 and 1 it is d/4.
     */
    public static double circularRadius(double d, double fill) {
        double theta = 2 * Math.acos(1 - 2 * fill);
        double area = d * d * (theta - Math.sin(theta)) / 8;
        double perimeter = d * theta / 2;
        return area / perimeter;
    }

    /**
     * Hydraulic radius of a cross-section at a fill ratio. Circular shapes use {@link #circularRadius}; closed
     * rectangles (geom1 height, geom2 width) A = w·y, P = w + 2y (or 2(w + h) when full); open rectangles and
     * trapezoids are treated as open rectangles; every other shape as a circle of diameter geom1 (an
     * approximation: egg and horseshoe sections carry within ±10 % of that).
     */
    public static double hydraulicRadius(CrossSection s, double fill) {
        double h = s.geom1();
        double w = s.geom2();
        switch (s.shape()) {
            case "RECT_CLOSED": {
                double y = fill * h;
                return w * y / (fill >= 1 ? 2 * (w + h) : w + 2 * y);
            }
            case "RECT_OPEN":
            case "TRAPEZOIDAL":
            case "RECT_TRIANGULAR":
            case "RECT_ROUND": {
                if (w <= 0) {
                    return circularRadius(h, fill);
                }
                double y = fill * h;
                return w * y / (w + 2 * y);
            }
            default:
                return circularRadius(h, fill);
        }
    }
}
