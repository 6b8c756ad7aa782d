package org.steward.core.io;

import org.osgi.annotation.versioning.ConsumerType;
import java.nio.file.Path;

import org.steward.core.model.ModelException;
import org.steward.core.model.ProgressMonitor;

/**
 * Reads a file of one media type into a value of type {@code T}. Register as a DS service annotated with
 * {@link ImporterInfo}; the workbench offers it in import wizards and the node by media type.
 */
@ConsumerType
public interface Importer<T> {

    Class<T> type();

    /**
     * @throws ModelException naming the file, line and field of the first bad input, and the fix
     */
    T read(Path source, ProgressMonitor monitor) throws ModelException;
}
