package org.steward.tracing.network;

/** The node sections of a SWMM 5 input file that become graph nodes. */
public enum NodeKind {
    JUNCTION("JUNCTIONS"), OUTFALL("OUTFALLS"), STORAGE("STORAGE"), DIVIDER("DIVIDERS");

    private final String section;

    NodeKind(String section) {
        this.section = section;
    }

    /** The SWMM section name, without brackets. */
    public String section() {
        return section;
    }
}
