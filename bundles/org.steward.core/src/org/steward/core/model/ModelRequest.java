package org.steward.core.model;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What a model is asked to work on.
 *
 * @param input      the file or folder named by the user, if the model takes one
 * @param parameters validated parameter values
 */
public record ModelRequest(Optional<Path> input, Parameters parameters) {
    public ModelRequest {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(parameters, "parameters");
    }

    /** The input, or a {@link ModelException} telling the user to give one. */
    public Path requireInput(String modelId) throws ModelException {
        return input.orElseThrow(() -> new ModelException(modelId, "model " + modelId + " needs an input: give --input PATH"));
    }
}
