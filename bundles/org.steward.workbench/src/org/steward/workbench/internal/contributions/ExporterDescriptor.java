package org.steward.workbench.internal.contributions;

import java.time.Duration;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.steward.workbench.ExtensionPoints;
import org.steward.workbench.ResultExporter;

/** One {@code <exporter>} element: writes a model result as a file with {@link #extension()}. */
public final class ExporterDescriptor extends ContributionDescriptor {

    private final String extension;
    private final String mediaType;

    public ExporterDescriptor(IConfigurationElement element) throws InvalidContributionException {
        super(element);
        String ext = required(element, ExtensionPoints.ATT_EXTENSION);
        if (!ext.matches("[A-Za-z0-9]+")) {
            throw new InvalidContributionException("bundle " + contributor() + ": exporter '" + id() + "' has extension '"
                    + ext + "'; give the file name ending without the dot, letters and digits only, e.g. extension=\"csv\"");
        }
        this.extension = ext;
        this.mediaType = optional(element, ExtensionPoints.ATT_MEDIA_TYPE).orElse("application/octet-stream");
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** A new exporter; empty (and reported) when it cannot be created. */
    public Optional<ResultExporter> createExporter(Duration timeout, ContributionProblems problems) {
        return create(ResultExporter.class, timeout, problems);
    }
}
