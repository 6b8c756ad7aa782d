package org.steward.tracing.ui.internal.map;

import org.eclipse.swt.graphics.Color;
import org.steward.tracing.ui.internal.live.SensorState;

/** The map's colours (device-independent SWT colours: nothing to dispose). */
public final class Colours implements MapPainter.Palette {
    private static final Color BACKGROUND = new Color(250, 250, 247);
    private static final Color LINK = new Color(120, 130, 145);
    private static final Color LABEL = new Color(40, 40, 40);
    private static final Color JUNCTION = new Color(55, 95, 150);
    private static final Color OUTFALL = new Color(20, 120, 60);
    private static final Color STORAGE = new Color(0, 140, 140);
    private static final Color DIVIDER = new Color(150, 90, 30);
    private static final Color ENTERPRISE = new Color(120, 60, 160);
    private static final Color NO_DATA = new Color(150, 150, 150);
    private static final Color OK = new Color(30, 160, 60);
    private static final Color ALARM = new Color(220, 30, 30);
    private static final Color CANDIDATE = new Color(255, 140, 0);
    private static final Color TOP = new Color(230, 40, 0);
    private static final Color CANDIDATE_TEXT = new Color(150, 30, 0);
    private static final Color FIRED = new Color(240, 120, 0);
    private static final Color SUGGESTED = new Color(200, 0, 170);
    private static final Color SELECTION = new Color(0, 0, 0);

    @Override public Color background() { return BACKGROUND; }
    @Override public Color link() { return LINK; }
    @Override public Color label() { return LABEL; }
    @Override public Color junction() { return JUNCTION; }
    @Override public Color outfall() { return OUTFALL; }
    @Override public Color storage() { return STORAGE; }
    @Override public Color divider() { return DIVIDER; }
    @Override public Color enterprise() { return ENTERPRISE; }

    @Override
    public Color sensor(SensorState state) {
        return switch (state) {
            case NO_DATA -> NO_DATA;
            case OK -> OK;
            case ALARM -> ALARM;
        };
    }

    @Override public Color candidate() { return CANDIDATE; }
    @Override public Color topCandidate() { return TOP; }
    @Override public Color candidateText() { return CANDIDATE_TEXT; }
    @Override public Color fired() { return FIRED; }
    @Override public Color suggested() { return SUGGESTED; }
    @Override public Color selection() { return SELECTION; }
}
