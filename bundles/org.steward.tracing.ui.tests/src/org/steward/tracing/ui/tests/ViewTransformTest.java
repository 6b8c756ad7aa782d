package org.steward.tracing.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.steward.tracing.ui.internal.map.Bounds;
import org.steward.tracing.ui.internal.map.ViewTransform;

/** Map ↔ screen arithmetic, against values worked out by hand. */
class ViewTransformTest {
    private static final double EPS = 1e-9;

    @Test
    void fitCentresTheBoundsAndUsesTheTighterAxis() {
        // bounds 0..200 × 0..100 in an 800×600 area, margin 50: usable 700×500;
        // x allows 700/200 = 3.5 px/unit, y allows 500/100 = 5 → scale 3.5.
        // Centre (100, 50) goes to the middle (400, 300): tx = 400 − 3.5·100 = 50, ty = 300 + 3.5·50 = 475.
        ViewTransform t = ViewTransform.fit(new Bounds(0, 0, 200, 100), 800, 600, 50);
        assertEquals(3.5, t.scale(), EPS);
        assertEquals(50, t.tx(), EPS);
        assertEquals(475, t.ty(), EPS);
        // the corners: (0,0) → (50, 475) bottom-left; (200,100) → (750, 125) top-right (y grows upwards on the map)
        assertEquals(50, t.screenX(0), EPS);
        assertEquals(475, t.screenY(0), EPS);
        assertEquals(750, t.screenX(200), EPS);
        assertEquals(125, t.screenY(100), EPS);
        assertEquals(200, t.mapX(750), EPS);
        assertEquals(100, t.mapY(125), EPS);
    }

    @Test
    void panMovesEveryPointByTheDrag() {
        ViewTransform t = new ViewTransform(2, 10, 300).pan(30, -20);
        // map (5, 7): before (10 + 10, 300 − 14) = (20, 286); after (50, 266)
        assertEquals(50, t.screenX(5), EPS);
        assertEquals(266, t.screenY(7), EPS);
        assertEquals(2, t.scale(), EPS);
    }

    @Test
    void zoomKeepsThePointUnderThePointer() {
        ViewTransform t = new ViewTransform(2, 10, 300);
        // the pointer at screen (110, 100) shows map ((110−10)/2, (300−100)/2) = (50, 100)
        ViewTransform z = t.zoomAt(3, 110, 100);
        assertEquals(6, z.scale(), EPS);
        // tx' = 110 − 6·50 = −190, ty' = 100 + 6·100 = 700
        assertEquals(-190, z.tx(), EPS);
        assertEquals(700, z.ty(), EPS);
        assertEquals(110, z.screenX(50), EPS);
        assertEquals(100, z.screenY(100), EPS);
        // map (60, 100) was 20 px right of the pointer, now 60 px
        assertEquals(170, z.screenX(60), EPS);
    }

    @Test
    void zoomIsClampedRelativeToTheFittedScale() {
        ViewTransform fitted = new ViewTransform(1, 0, 0);
        ViewTransform far = fitted.zoomAt(1e9, 0, 0, fitted);
        assertEquals(ViewTransform.MAX_ZOOM, far.scale(), 1e-6);
        ViewTransform near = fitted.zoomAt(1e-9, 0, 0, fitted);
        assertEquals(ViewTransform.MIN_ZOOM, near.scale(), 1e-12);
    }

    @Test
    void aSingleNodeIsShownAtScaleOneInTheMiddle() {
        ViewTransform t = ViewTransform.fit(new Bounds(5, 5, 5, 5), 100, 80, 10);
        assertEquals(1, t.scale(), EPS);
        assertEquals(50, t.screenX(5), EPS);
        assertEquals(40, t.screenY(5), EPS);
    }

    @Test
    void badValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ViewTransform(0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new ViewTransform(Double.NaN, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Bounds(1, 0, 0, 1));
    }
}
