package org.steward.node.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.steward.core.model.ModelCanceledException;
import org.steward.core.model.ModelException;
import org.steward.core.model.ModelResult;
import org.steward.core.model.ParameterException;
import org.steward.core.runtime.ModelRunner;
import org.steward.core.runtime.UnknownModelException;

/**
 * {@code steward-node run <model-id> --input PATH [--param key=value ...] --output DIR}: runs the model through
 * the core runner and writes its result files. Exit 0 on success, 2 for a bad command line, parameter or model
 * id, 1 when the model fails.
 */
final class RunCommand {

    private final ModelRunner runner;
    private final Console console;

    RunCommand(ModelRunner runner, Console console) {
        this.runner = runner;
        this.console = console;
    }

    int run(String[] args) throws UsageException {
        RunArguments a = RunArguments.parse(args);
        if (a.help()) {
            console.out().println(Messages.get("usage.run"));
            return ExitCodes.OK;
        }
        ModelResult result;
        try {
            result = runner.run(a.modelId(), a.input(), a.parameters(), new StderrProgress(console.err(), a.modelId()),
                    a.timeout());
        } catch (UnknownModelException e) {
            throw new UsageException(e.getMessage());
        } catch (ParameterException e) {
            throw new UsageException("input".equals(e.key()) ? Messages.get("run.input", e.getMessage())
                    : Messages.get("run.parameter", e.key(), e.getMessage()));
        } catch (ModelCanceledException e) {
            console.err().println(Messages.get("run.canceled", a.modelId(), e.getMessage()));
            return ExitCodes.FAILED;
        } catch (ModelException e) {
            console.err().println(Messages.get("run.failed", a.modelId(), e.getMessage()));
            return ExitCodes.FAILED;
        }
        List<Path> files;
        try {
            files = result.writeTo(a.output());
        } catch (IOException | RuntimeException e) {
            console.err().println(Messages.get("run.notWritten", a.output(), e.getMessage()));
            return ExitCodes.FAILED;
        }
        console.out().println(a.modelId() + ": " + result.summary());
        for (Path file : files) {
            console.out().println("  " + file);
        }
        return ExitCodes.OK;
    }
}
