package org.steward.partner.sampletest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The allowed error of a real-sample comparison for references below {@code below}: absolute (in the unit of the
 * data) or relative (% of the reference). Written {@code 30:5} (below 30, ±5 absolute), {@code 60:30%} (below 60,
 * ±30 %), {@code *:15%} (all higher references, ±15 %).
 */
public record RealSampleTier(double below, double limit, boolean relative) {

    /** Reads tiers such as {@code 30:5, 60:30%, 100:20%, *:15%}; the bounds must rise and the last be {@code *}. */
    public static List<RealSampleTier> parseAll(List<String> specs) {
        List<RealSampleTier> tiers = new ArrayList<>();
        double previous = Double.NEGATIVE_INFINITY;
        for (String spec : specs) {
            String[] parts = spec.strip().split(":");
            if (parts.length != 2) {
                throw new IllegalArgumentException("'" + spec + "' is not of the form bound:limit or bound:limit%");
            }
            String b = parts[0].strip();
            double below = b.equals("*") ? Double.POSITIVE_INFINITY : Double.parseDouble(b);
            String l = parts[1].strip();
            boolean relative = l.endsWith("%");
            double limit = Double.parseDouble(relative ? l.substring(0, l.length() - 1).strip() : l);
            if (!(below > previous) || limit < 0) {
                throw new IllegalArgumentException("'" + spec + "': bounds must rise and limits must not be negative");
            }
            previous = below;
            tiers.add(new RealSampleTier(below, limit, relative));
        }
        if (tiers.isEmpty() || tiers.get(tiers.size() - 1).below() != Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("the last tier must be '*:limit' so that every reference has a limit");
        }
        return List.copyOf(tiers);
    }

    /** The tier for a reference value. */
    public static RealSampleTier forReference(List<RealSampleTier> tiers, double reference) {
        for (RealSampleTier t : tiers) {
            if (reference < t.below()) {
                return t;
            }
        }
        return tiers.get(tiers.size() - 1);
    }

    @Override
    public String toString() {
        String bound = below == Double.POSITIVE_INFINITY ? "*" : fmt(below);
        return bound + ":" + fmt(limit) + (relative ? "%" : "");
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%s", d);
    }
}
