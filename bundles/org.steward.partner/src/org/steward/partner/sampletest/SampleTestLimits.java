package org.steward.partner.sampletest;

import java.util.List;

/**
 * The measuring range and the pass limits. Percentages are in percent (10 means 10 %).
 *
 * @param range               upper limit of the measuring range (span), in the data's unit; drift and memory are % of it
 * @param validMin            lowest reading counted as valid (in range) for the valid-data rate; the highest is {@code range}
 * @param indicationPct       |indication error| limit, % of the reference
 * @param repeatabilityPct    RSD limit, %
 * @param zeroDriftPct        |24 h zero drift| limit, % of range
 * @param spanDriftPct        |24 h span drift| limit, % of range
 * @param responseMinutes     T90 limit, minutes
 * @param memoryPct           |memory effect| limit, % of range
 * @param validRatePct        lowest valid-data rate, %
 * @param realSampleTiers     allowed real-sample error by reference level
 * @param realSamplePassPct   lowest share of real-sample comparisons within their limit, %
 */
public record SampleTestLimits(double range, double validMin, double indicationPct, double repeatabilityPct, double zeroDriftPct,
                               double spanDriftPct, double responseMinutes, double memoryPct, double validRatePct,
                               List<RealSampleTier> realSampleTiers, double realSamplePassPct) {
    public SampleTestLimits {
        if (!(range > 0)) {
            throw new IllegalArgumentException("range must be positive");
        }
        realSampleTiers = List.copyOf(realSampleTiers);
    }

    /** Default real-sample tiers (COD): below 30 ±5 absolute, below 60 ±30 %, below 100 ±20 %, else ±15 %. */
    public static final List<String> DEFAULT_TIERS = List.of("30:5", "60:30%", "100:20%", "*:15%");

    /** The documented defaults for a measuring range of {@code range}. */
    public static SampleTestLimits defaults(double range) {
        return new SampleTestLimits(range, 0, 10, 10, 5, 10, 30, 5, 90, RealSampleTier.parseAll(DEFAULT_TIERS), 100);
    }
}
