package org.steward.crm.internal;

import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;
import org.steward.core.io.Importer;
import org.steward.core.io.ImporterInfo;
import org.steward.core.model.ModelException;
import org.steward.core.model.ProgressMonitor;
import org.steward.crm.markdown.OverviewFormatException;
import org.steward.crm.markdown.OverviewReader;
import org.steward.crm.model.Overview;

/** Offers the overview reader to import wizards and the node by media type. */
@Component(service = Importer.class)
@ImporterInfo(mediaType = "text/markdown", extensions = "md", name = "Customer-relationship overview (Markdown)")
public class OverviewImporter implements Importer<Overview> {

    @Override
    public Class<Overview> type() {
        return Overview.class;
    }

    @Override
    public Overview read(Path source, ProgressMonitor monitor) throws ModelException {
        try {
            return OverviewReader.read(source.getFileName().toString(), TextFiles.read(source, "crm").text());
        } catch (OverviewFormatException e) {
            throw new ModelException("crm", e.getMessage(), e);
        }
    }
}
