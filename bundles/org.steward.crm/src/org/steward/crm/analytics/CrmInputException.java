package org.steward.crm.analytics;

import java.util.List;
import java.util.stream.Collectors;

/** Input the analytics cannot work with at all (unreadable folder, broken settings); every problem is named. */
public class CrmInputException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public CrmInputException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public CrmInputException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
