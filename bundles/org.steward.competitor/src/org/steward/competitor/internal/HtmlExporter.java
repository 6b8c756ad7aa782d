package org.steward.competitor.internal;

import java.nio.file.Path;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.steward.competitor.analysis.AnalysisResult;
import org.steward.competitor.analysis.CompetitorAnalysis;
import org.steward.competitor.io.HtmlReport;
import org.steward.competitor.model.CompetitorSet;
import org.steward.core.io.Exporter;
import org.steward.core.io.ExporterInfo;
import org.steward.core.model.ModelException;
import org.steward.core.model.ProgressMonitor;

/** The comparison as one self-contained HTML file, the heat map embedded as base64 PNG. */
@Component(service = Exporter.class)
@ExporterInfo(mediaType = "text/html", extension = "html", name = "Competitor comparison report (HTML)")
public class HtmlExporter implements Exporter<CompetitorSet> {
    @Override
    public Class<CompetitorSet> type() {
        return CompetitorSet.class;
    }

    @Override
    public void write(CompetitorSet value, Path target, ProgressMonitor monitor) throws ModelException {
        Locale locale = Locale.getDefault();
        AnalysisResult r = CompetitorAnalysis.analyse(value, locale);
        TextExport.write(target, HtmlReport.write(r, Pictures.heatMap(r).png(), locale));
    }
}
