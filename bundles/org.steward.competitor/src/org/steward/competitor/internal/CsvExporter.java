package org.steward.competitor.internal;

import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;
import org.steward.competitor.io.CompetitorWriter;
import org.steward.competitor.model.CompetitorSet;
import org.steward.core.io.Exporter;
import org.steward.core.io.ExporterInfo;
import org.steward.core.model.ModelException;
import org.steward.core.model.ProgressMonitor;

/** Competitors as flat CSV. */
@Component(service = Exporter.class)
@ExporterInfo(mediaType = "text/csv", extension = "csv", name = "Competitors (CSV)")
public class CsvExporter implements Exporter<CompetitorSet> {
    @Override
    public Class<CompetitorSet> type() {
        return CompetitorSet.class;
    }

    @Override
    public void write(CompetitorSet value, Path target, ProgressMonitor monitor) throws ModelException {
        TextExport.write(target, CompetitorWriter.csv(value.competitors()));
    }
}
