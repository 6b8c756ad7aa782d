package org.steward.tracing.network;

import java.util.Objects;

/**
 * A link's cross-section from [XSECTIONS].
 *
 * @param shape   SWMM shape name in upper case (CIRCULAR, RECT_CLOSED, EGG …)
 * @param geom1   full height or diameter, in the file's length unit
 * @param geom2   second dimension (width for rectangles), 0 when not used
 * @param barrels number of identical barrels (at least 1)
 */
public record CrossSection(String shape, double geom1, double geom2, int barrels) {
    public CrossSection {
        Objects.requireNonNull(shape, "shape");
    }
}
