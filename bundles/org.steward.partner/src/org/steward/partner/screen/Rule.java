package org.steward.partner.screen;

import java.util.Optional;

import org.steward.partner.vendor.Vendor;

/** One screening rule: a vendor passes it, or the reason why not is returned. */
public interface Rule {
    /** The rule as written, for reports. */
    String text();

    /** The line of the rules file (or the position in an inline list) it came from. */
    int line();

    /** Empty when {@code vendor} passes, else why it is excluded (in the user's language). */
    Optional<String> check(Vendor vendor);
}
