package org.steward.competitor.internal;

import java.util.List;

import org.steward.competitor.analysis.AnalysisResult;
import org.steward.competitor.chart.ChartFont;
import org.steward.competitor.chart.HeatMap;

/** The heat map of an analysis: one row per assessed record, "us" first. */
public final class Pictures {
    private Pictures() {
    }

    public static HeatMap heatMap(AnalysisResult r) {
        List<HeatMap.Row> rows = r.assessments().stream()
                .map(a -> new HeatMap.Row(a.competitor().name(), a.competitor().us(), a.scores())).toList();
        return new HeatMap(rows, ChartFont.get());
    }
}
