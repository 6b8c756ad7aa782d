package org.steward.compose.ui.internal.composition;

import java.nio.file.Path;
import java.util.List;

/**
 * How a composition ended.
 *
 * @param exitCode compose.sh's exit code (0: composed)
 * @param canceled whether it was canceled (the processes were killed)
 * @param output the last lines compose.sh printed
 * @param log compose.sh's build log, {@code OUT/build.log}
 * @param logTail the last lines of that log (shown when the build failed)
 * @param models the models the composed workbench lists (empty unless composed)
 * @param modelsProblem why the models could not be listed, empty when they were
 */
public record CompositionResult(Path out, int exitCode, boolean canceled, List<String> output, Path log,
        List<String> logTail, List<ComposedModel> models, String modelsProblem) {
    public CompositionResult {
        output = List.copyOf(output);
        logTail = List.copyOf(logTail);
        models = List.copyOf(models);
    }

    public boolean composed() {
        return exitCode == 0 && !canceled;
    }

    /** The composed workbench's launch script. */
    public Path workbench() {
        return out.resolve("workbench/steward");
    }

    public Path node() {
        return out.resolve("node/bin/steward-node");
    }
}
