package org.steward.partner.screen;

import java.util.List;
import java.util.stream.Collectors;

import org.steward.partner.vendor.VendorProblem;

/** The rules could not be read; each problem names the line. */
public final class RulesException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<VendorProblem> problems;

    public RulesException(List<VendorProblem> problems) {
        super(problems.stream().map(VendorProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<VendorProblem> problems() {
        return problems;
    }
}
