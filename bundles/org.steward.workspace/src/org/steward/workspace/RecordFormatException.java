package org.steward.workspace;

/** A record file that cannot be read: which file, which line, what is wrong, and how to fix it. */
public class RecordFormatException extends WorkspaceException {
    private static final long serialVersionUID = 1L;
    private final transient RecordProblem problem;

    public RecordFormatException(RecordProblem problem) {
        super(problem.message());
        this.problem = problem;
    }

    public RecordProblem problem() {
        return problem;
    }
}
