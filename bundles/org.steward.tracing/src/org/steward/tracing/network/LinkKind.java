package org.steward.tracing.network;

/** The link sections of a SWMM 5 input file that become directed graph edges. */
public enum LinkKind {
    CONDUIT("CONDUITS"), PUMP("PUMPS"), ORIFICE("ORIFICES"), WEIR("WEIRS"), OUTLET("OUTLETS");

    private final String section;

    LinkKind(String section) {
        this.section = section;
    }

    /** The SWMM section name, without brackets. */
    public String section() {
        return section;
    }
}
