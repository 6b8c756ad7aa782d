package org.steward.competitor.internal;

import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;
import org.steward.competitor.io.CompetitorWriter;
import org.steward.competitor.model.CompetitorSet;
import org.steward.core.io.Exporter;
import org.steward.core.io.ExporterInfo;
import org.steward.core.model.ModelException;
import org.steward.core.model.ProgressMonitor;

/** Competitors as a Markdown document: the flat table, then each value chain with its evidence. */
@Component(service = Exporter.class)
@ExporterInfo(mediaType = "text/markdown", extension = "md", name = "Competitors (Markdown)")
public class MarkdownExporter implements Exporter<CompetitorSet> {
    @Override
    public Class<CompetitorSet> type() {
        return CompetitorSet.class;
    }

    @Override
    public void write(CompetitorSet value, Path target, ProgressMonitor monitor) throws ModelException {
        TextExport.write(target, CompetitorWriter.markdown(value.competitors()));
    }
}
