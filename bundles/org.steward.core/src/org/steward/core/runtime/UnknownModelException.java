package org.steward.core.runtime;

import org.steward.core.model.ModelException;

/** No model with the requested id is registered. */
public class UnknownModelException extends ModelException {
    private static final long serialVersionUID = 1L;

    public UnknownModelException(String modelId, Iterable<String> known) {
        super("catalog", "unknown model '" + modelId + "'; known models: " + String.join(", ", known));
    }
}
