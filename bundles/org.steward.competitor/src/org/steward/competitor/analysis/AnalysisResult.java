package org.steward.competitor.analysis;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.steward.competitor.model.Competitor;
import org.steward.competitor.model.RecordProblem;
import org.steward.competitor.model.Relation;

/**
 * Everything the comparison found.
 *
 * @param assessments   "us" first, then the competitors in input order
 * @param businessLines columns of the relation matrix: our business lines, then other lines named in relations
 * @param matrix        competitor name → business line → relation (absent: no relation recorded)
 */
public record AnalysisResult(Optional<Competitor> us, List<Assessment> assessments, List<String> businessLines,
                             Map<String, Map<String, Relation>> matrix, List<SegmentForces> forces, List<RecordProblem> problems) {
    public AnalysisResult {
        assessments = List.copyOf(assessments);
        businessLines = List.copyOf(businessLines);
        problems = List.copyOf(problems);
    }
}
