package org.steward.tracing.detect;

/**
 * How the detector judged a stream's latest reading (for charts: the expected value and the band ± k·scale).
 *
 * @param expected the baseline's expected value at the reading's time (the reading itself while nothing is learned)
 * @param z        the robust z-score of the reading (0 while the stream is learning)
 * @param fired    true if the stream was abnormal at that reading (after the persistence rule)
 */
public record Assessment(double expected, double z, boolean fired) {
}
