package org.steward.workbench;

import org.osgi.annotation.versioning.ConsumerType;
import java.io.IOException;
import java.nio.file.Path;

import org.steward.core.model.ModelResult;

/**
 * Writes a model result as one file, contributed through {@link ExtensionPoints#EXPORTERS}. The result
 * view offers every contributed exporter in its Export… menu. Called off the UI thread.
 */
@ConsumerType
public interface ResultExporter {

    /**
     * Writes {@code result} to {@code target}, replacing it.
     *
     * @throws IOException naming the file and what went wrong
     */
    void export(ModelResult result, Path target) throws IOException;
}
