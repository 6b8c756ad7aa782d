package org.steward.competitor.internal;

import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;
import org.steward.competitor.model.CompetitorSet;
import org.steward.core.io.Importer;
import org.steward.core.io.ImporterInfo;
import org.steward.core.model.ModelException;
import org.steward.core.model.ProgressMonitor;

/** Competitors from Markdown: a record with front matter, or flat tables; problems are listed in the set. */
@Component(service = Importer.class)
@ImporterInfo(mediaType = "text/markdown", extensions = "md", name = "Competitors (Markdown)")
public class MarkdownImporter implements Importer<CompetitorSet> {
    @Override
    public Class<CompetitorSet> type() {
        return CompetitorSet.class;
    }

    @Override
    public CompetitorSet read(Path source, ProgressMonitor monitor) throws ModelException {
        return SetImporters.read(source);
    }
}
