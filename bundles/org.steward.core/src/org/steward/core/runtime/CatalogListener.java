package org.steward.core.runtime;

import org.steward.core.model.ModelDescriptor;

/** Told when a model appears or disappears; called on the thread that changed the service registry. */
public interface CatalogListener {

    void modelAdded(ModelDescriptor model);

    void modelRemoved(ModelDescriptor model);
}
