package org.steward.core.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.steward.core.model.AnalysisModel;
import org.steward.core.model.InputKind;
import org.steward.core.model.ModelCanceledException;
import org.steward.core.model.ModelException;
import org.steward.core.model.ModelRequest;
import org.steward.core.model.ModelResult;
import org.steward.core.model.ParameterException;
import org.steward.core.model.Parameters;
import org.steward.core.model.ProgressMonitor;
import org.steward.core.runtime.ModelCatalog;
import org.steward.core.runtime.ModelHandle;
import org.steward.core.runtime.ModelRunner;
import org.steward.core.runtime.UnknownModelException;

/** Runs each model on a daemon thread of its own, bounded in time, with every throwable caught. */
@Component(service = ModelRunner.class)
public class ModelRunnerComponent implements ModelRunner {

    private static final AtomicInteger THREADS = new AtomicInteger();

    @Reference
    private ModelCatalog catalog;

    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "steward-model-" + THREADS.incrementAndGet());
        t.setDaemon(true); // a model that ignores interruption must not keep the VM alive
        return t;
    });

    public ModelRunnerComponent() {
    }

    /** For plain unit tests outside OSGi. */
    public ModelRunnerComponent(ModelCatalog catalog) {
        this.catalog = catalog;
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }

    @Override
    public ModelResult run(String modelId, Optional<Path> input, Map<String, String> rawParameters, ProgressMonitor monitor,
                           Duration timeout) throws ModelException {
        try (ModelHandle handle = catalog.open(modelId).orElseThrow(
                () -> new UnknownModelException(modelId, catalog.models().stream().map(m -> m.id()).toList()))) {
            AnalysisModel model = handle.model();
            checkInput(modelId, model.inputKind(), input);
            Parameters parameters = Parameters.parse(model.parameters(), rawParameters);
            ModelRequest request = new ModelRequest(input, parameters);
            CancellableMonitor cancellable = new CancellableMonitor(monitor);
            Future<ModelResult> future = executor.submit(() -> model.run(request, cancellable));
            return await(modelId, future, cancellable, timeout);
        } catch (RuntimeException | LinkageError e) {
            // e.g. parameters() of a broken model threw
            throw new ModelException(modelId, "model " + modelId + " failed: " + e, e);
        }
    }

    /** How long a cancelled model may take to notice before the caller stops waiting for it. */
    private static final long CANCEL_GRACE_MILLIS = 2_000;
    private static final long POLL_MILLIS = 50;

    private static ModelResult await(String modelId, Future<ModelResult> future, CancellableMonitor monitor, Duration timeout)
            throws ModelException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long cancelDeadline = Long.MAX_VALUE;
        try {
            while (true) {
                try {
                    ModelResult result = future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                    if (result == null) {
                        throw new ModelException(modelId, "model " + modelId + " returned no result");
                    }
                    return result;
                } catch (TimeoutException e) {
                    long now = System.nanoTime();
                    if (now - deadline > 0) {
                        monitor.cancel();
                        future.cancel(true);
                        throw new ModelCanceledException(modelId, "model " + modelId + " did not finish within "
                                + timeout.toSeconds() + " s and was cancelled");
                    }
                    if (monitor.isCanceled() && cancelDeadline == Long.MAX_VALUE) {
                        cancelDeadline = now + TimeUnit.MILLISECONDS.toNanos(CANCEL_GRACE_MILLIS);
                    }
                    if (cancelDeadline != Long.MAX_VALUE && now - cancelDeadline > 0) {
                        // The model ignores cancellation: interrupt it and stop waiting; its thread is a daemon.
                        future.cancel(true);
                        throw new ModelCanceledException(modelId, "run of " + modelId + " was cancelled");
                    }
                }
            }
        } catch (InterruptedException e) {
            monitor.cancel();
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ModelCanceledException(modelId, "run of " + modelId + " was interrupted");
        } catch (CancellationException e) {
            throw new ModelCanceledException(modelId, "run of " + modelId + " was cancelled");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ModelException me) {
                throw me;
            }
            throw new ModelException(modelId, "model " + modelId + " failed: " + cause, cause);
        }
    }

    private static void checkInput(String modelId, InputKind kind, Optional<Path> input) throws ParameterException {
        if (kind == InputKind.NONE) {
            return;
        }
        Path path = input.orElseThrow(() -> new ParameterException("input", "model " + modelId + " needs an input "
                + describe(kind) + ": give --input PATH"));
        if (!Files.exists(path)) {
            throw new ParameterException("input", "input " + path + " does not exist");
        }
        if (kind == InputKind.FILE && !Files.isRegularFile(path)) {
            throw new ParameterException("input", "model " + modelId + " needs a file as input, but " + path + " is a folder");
        }
        if (kind == InputKind.DIRECTORY && !Files.isDirectory(path)) {
            throw new ParameterException("input", "model " + modelId + " needs a folder as input, but " + path + " is a file");
        }
    }

    private static String describe(InputKind kind) {
        return switch (kind) {
            case FILE -> "file";
            case DIRECTORY -> "folder";
            default -> "file or folder";
        };
    }

    /** Adds a cancel switch (for time limits) on top of the caller's monitor. */
    private static final class CancellableMonitor implements ProgressMonitor {
        private final ProgressMonitor delegate;
        private volatile boolean canceled;

        CancellableMonitor(ProgressMonitor delegate) {
            this.delegate = delegate;
        }

        void cancel() {
            canceled = true;
        }

        @Override public void begin(String taskName, int totalWork) { delegate.begin(taskName, totalWork); }
        @Override public void worked(int units) { delegate.worked(units); }
        @Override public void subTask(String name) { delegate.subTask(name); }
        @Override public boolean isCanceled() { return canceled || delegate.isCanceled(); }
        @Override public void done() { delegate.done(); }
    }
}
