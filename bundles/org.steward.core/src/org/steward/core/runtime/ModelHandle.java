package org.steward.core.runtime;

import org.osgi.annotation.versioning.ProviderType;
import org.steward.core.model.AnalysisModel;
import org.steward.core.model.ModelDescriptor;
import org.steward.core.model.ModelException;

/** A model checked out of the catalogue for a while; closing releases the service object. */
@ProviderType
public interface ModelHandle extends AutoCloseable {

    ModelDescriptor descriptor();

    /**
     * The model object, activated on first use.
     *
     * @throws ModelException when the component cannot be activated (its activation threw: see the log)
     */
    AnalysisModel model() throws ModelException;

    @Override
    void close();
}
