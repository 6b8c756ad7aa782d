package org.steward.core.runtime;

import org.osgi.annotation.versioning.ProviderType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.steward.core.model.ModelException;
import org.steward.core.model.ModelResult;
import org.steward.core.model.ProgressMonitor;

/**
 * Runs models so that a misbehaving one cannot take its caller down: on a thread of its own, with a time
 * limit, every throwable turned into a {@link ModelException}.
 */
@ProviderType
public interface ModelRunner {

    /** Default time limit of a run. */
    Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);

    /**
     * Checks the input and parameters, then runs the model.
     *
     * @param rawParameters parameter values as text, e.g. from {@code --param key=value}
     * @throws UnknownModelException       when no model has that id
     * @throws org.steward.core.model.ParameterException when the input or a parameter is wrong (the key names it;
     *                                     the input is called {@code input})
     * @throws org.steward.core.model.ModelCanceledException when cancelled through the monitor or the time limit
     * @throws ModelException              when the model failed
     */
    ModelResult run(String modelId, Optional<Path> input, Map<String, String> rawParameters, ProgressMonitor monitor,
                    Duration timeout) throws ModelException;
}
