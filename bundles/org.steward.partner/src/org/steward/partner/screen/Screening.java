package org.steward.partner.screen;

import java.util.ArrayList;
import java.util.List;

import org.steward.partner.vendor.Vendor;

/** Applies screening rules to vendors: every vendor is checked against every rule and all failed rules are reported. */
public final class Screening {
    private Screening() {
    }

    /** One vendor's outcome: shortlisted when {@code reasons} is empty. */
    public record Outcome(Vendor vendor, List<Exclusion> reasons) {
        public Outcome {
            reasons = List.copyOf(reasons);
        }

        public boolean shortlisted() {
            return reasons.isEmpty();
        }
    }

    /** A failed rule and why. */
    public record Exclusion(Rule rule, String reason) {
    }

    /** The outcomes in the order of {@code vendors}. */
    public static List<Outcome> apply(List<Vendor> vendors, List<Rule> rules) {
        List<Outcome> out = new ArrayList<>();
        for (Vendor v : vendors) {
            List<Exclusion> reasons = new ArrayList<>();
            for (Rule r : rules) {
                r.check(v).ifPresent(reason -> reasons.add(new Exclusion(r, reason)));
            }
            out.add(new Outcome(v, reasons));
        }
        return out;
    }
}
