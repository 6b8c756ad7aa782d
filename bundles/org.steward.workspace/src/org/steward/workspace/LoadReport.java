package org.steward.workspace;

import java.util.List;

/** Every record that could be read, and a problem for every file that could not. */
public record LoadReport(List<Record> records, List<RecordProblem> problems) {
    public LoadReport {
        records = List.copyOf(records);
        problems = List.copyOf(problems);
    }
}
