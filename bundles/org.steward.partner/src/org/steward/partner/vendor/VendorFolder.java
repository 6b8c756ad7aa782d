package org.steward.partner.vendor;

import java.util.List;

/** The vendor records of a folder that could be read, and the problems of those that could not (or only partly). */
public record VendorFolder(List<Vendor> vendors, List<VendorProblem> problems) {
    public VendorFolder {
        vendors = List.copyOf(vendors);
        problems = List.copyOf(problems);
    }
}
