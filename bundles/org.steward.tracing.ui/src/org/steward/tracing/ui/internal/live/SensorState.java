package org.steward.tracing.ui.internal.live;

/** What a sensor is doing, as its colour on the map shows. */
public enum SensorState {
    /** Nothing received yet. */
    NO_DATA,
    /** Readings arrive and no open alert names it. */
    OK,
    /** It is one of the sensors of an alert that is not final yet. */
    ALARM
}
