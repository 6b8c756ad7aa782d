package org.steward.workspace;

/**
 * What is wrong with one record file.
 *
 * @param file    path inside the workspace ({@code customer/c-001.md}) or the name given to the codec
 * @param line    1-based line number, 0 when the problem is with the whole file
 * @param problem what is wrong
 * @param fix     what to do about it
 */
public record RecordProblem(String file, int line, String problem, String fix) {

    /** {@code file:line: problem Fix: fix} */
    public String message() {
        return file + (line > 0 ? ":" + line : "") + ": " + problem + " " + org.steward.workspace.internal.Messages.get("fix") + " " + fix;
    }
}
