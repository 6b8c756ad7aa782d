package org.steward.core.runtime;

import org.osgi.annotation.versioning.ConsumerType;
import org.steward.core.model.ModelDescriptor;

/** Told when a model appears or disappears; called on the thread that changed the service registry. */
@ConsumerType
public interface CatalogListener {

    void modelAdded(ModelDescriptor model);

    void modelRemoved(ModelDescriptor model);
}
