package org.steward.core.runtime;

import org.osgi.annotation.versioning.ProviderType;
import java.util.List;
import java.util.Optional;

import org.steward.core.model.ModelDescriptor;
import org.steward.core.model.StewardStatus;

/**
 * Every analysis model registered right now, in both runtimes. Models come and go with their bundles;
 * listeners hear about it. Implemented by the core bundle as a DS service.
 */
@ProviderType
public interface ModelCatalog {

    /** The models present now, sorted by category, then name. */
    List<ModelDescriptor> models();

    Optional<ModelDescriptor> descriptor(String modelId);

    /**
     * Gets the model for use; close the handle when done so that a bundle being removed can go.
     * Empty when no such model is registered.
     */
    Optional<ModelHandle> open(String modelId);

    /** Services that were skipped (no id, duplicate id), each with the reason. */
    List<StewardStatus> problems();

    /** Starts telling {@code listener} of changes; close the returned registration to stop. */
    AutoCloseable addListener(CatalogListener listener);
}
