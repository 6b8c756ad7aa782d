package org.steward.tracing.network;

/** What the reader does with a conduit whose inverts say that water runs from its outlet to its inlet. */
public enum DirectionPolicy {
    /** Keep the file's inlet→outlet order (SWMM's own convention) and report the adverse slope as a warning. */
    DECLARED,
    /** Reverse the conduit so that it runs downhill and report the reversal as a warning. */
    ELEVATION
}
