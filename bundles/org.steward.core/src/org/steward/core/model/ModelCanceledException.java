package org.steward.core.model;

import java.util.Optional;

/** The user (or a time limit) cancelled a run; not an error of the model. */
public class ModelCanceledException extends ModelException {
    private static final long serialVersionUID = 1L;

    public ModelCanceledException(String source, String message) {
        super(new StewardStatus(StewardStatus.Severity.CANCEL, source, message, Optional.empty()));
    }
}
