package org.steward.crm.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;
import org.steward.core.io.Exporter;
import org.steward.core.io.ExporterInfo;
import org.steward.core.model.ModelException;
import org.steward.core.model.ProgressMonitor;
import org.steward.crm.markdown.OverviewWriter;
import org.steward.crm.model.Overview;

/** Writes an overview back as Markdown in its original shape, phones and e-mails masked. */
@Component(service = Exporter.class)
@ExporterInfo(mediaType = "text/markdown", extension = "md", name = "Customer-relationship overview (Markdown)")
public class OverviewExporter implements Exporter<Overview> {

    @Override
    public Class<Overview> type() {
        return Overview.class;
    }

    @Override
    public void write(Overview value, Path target, ProgressMonitor monitor) throws ModelException {
        try {
            Files.writeString(target, new OverviewWriter(false).write(value), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ModelException("crm", "cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
