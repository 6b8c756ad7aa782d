package org.steward.tracing.network;

import java.util.Locale;

/** Length units of a SWMM file, decided by its FLOW_UNITS option (SWMM 5 user manual, [OPTIONS]). */
public enum UnitSystem {
    /** CFS, GPM, MGD: lengths in feet, Manning's constant 1.486. */
    US(0.3048, 1.486),
    /** CMS, LPS, MLD: lengths in metres, Manning's constant 1.0. */
    SI(1.0, 1.0);

    private final double metresPerUnit;
    private final double manningConstant;

    UnitSystem(double metresPerUnit, double manningConstant) {
        this.metresPerUnit = metresPerUnit;
        this.manningConstant = manningConstant;
    }

    public double metresPerUnit() {
        return metresPerUnit;
    }

    /** k in V = (k/n) R^(2/3) S^(1/2). */
    public double manningConstant() {
        return manningConstant;
    }

    /** The unit system of a FLOW_UNITS value; SWMM's default is CFS. */
    public static UnitSystem ofFlowUnits(String flowUnits) {
        return switch (flowUnits.toUpperCase(Locale.ROOT)) {
            case "CMS", "LPS", "MLD" -> SI;
            default -> US;
        };
    }
}
