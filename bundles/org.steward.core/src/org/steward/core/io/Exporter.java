package org.steward.core.io;

import org.osgi.annotation.versioning.ConsumerType;
import java.nio.file.Path;

import org.steward.core.model.ModelException;
import org.steward.core.model.ProgressMonitor;

/** Writes a value of type {@code T} as a file of one media type. Register with {@link ExporterInfo}. */
@ConsumerType
public interface Exporter<T> {

    Class<T> type();

    void write(T value, Path target, ProgressMonitor monitor) throws ModelException;
}
