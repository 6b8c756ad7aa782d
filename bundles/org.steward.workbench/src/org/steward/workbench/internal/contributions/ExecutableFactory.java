package org.steward.workbench.internal.contributions;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.Status;

/**
 * Creates contributed classes so that a bad one cannot hurt the caller: the constructor runs on a daemon thread
 * of its own inside {@link SafeRunner}; the caller waits at most the given time. A constructor that hangs is
 * interrupted and abandoned on its daemon thread (which cannot keep the application from exiting), the
 * contribution is reported and skipped, and the caller goes on.
 */
public final class ExecutableFactory {

    private static final String SOURCE = "org.steward.workbench";
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "steward-contribution-factory-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private ExecutableFactory() {
    }

    /** The exception that started it all: through CoreException, InvocationTargetException and friends. */
    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        if (t instanceof CoreException ce && ce.getStatus().getException() != null) {
            t = ce.getStatus().getException();
        }
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    static <T> Optional<T> create(IConfigurationElement element, String attribute, Class<T> type, Duration timeout,
                                  String what, ContributionProblems problems) {
        AtomicReference<Object> created = new AtomicReference<>();
        Future<?> future = EXECUTOR.submit(() -> SafeRunner.run(new ISafeRunnable() {
            @Override
            public void run() {
                try {
                    created.set(element.createExecutableExtension(attribute));
                } catch (CoreException e) {
                    // the expected failures (unknown class, constructor threw): reported once, with the fix
                    report(e);
                }
            }

            @Override
            public void handleException(Throwable e) {
                report(e); // anything else (LinkageError …); SafeRunner has logged it as well
            }

            private void report(Throwable e) {
                Throwable cause = rootCause(e);
                problems.report(Status.error(what + ": class " + element.getAttribute(attribute)
                        + " could not be created (" + cause + "); the contribution is skipped. Check the class name"
                        + " and that its constructor does not throw.", cause));
            }
        }));
        try {
            future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            problems.report(new Status(IStatus.ERROR, SOURCE, what + ": creating class " + element.getAttribute(attribute)
                    + " took longer than " + timeout.toMillis() + " ms and was abandoned; the contribution is skipped."
                    + " Constructors of contributions must return quickly."));
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return Optional.empty();
        } catch (ExecutionException e) {
            problems.report(Status.error(what + ": " + e.getCause(), e.getCause()));
            return Optional.empty();
        }
        Object object = created.get();
        if (object == null) {
            return Optional.empty(); // reported by handleException
        }
        if (!type.isInstance(object)) {
            problems.report(new Status(IStatus.ERROR, SOURCE, what + ": class " + object.getClass().getName()
                    + " does not implement " + type.getName() + "; the contribution is skipped."));
            return Optional.empty();
        }
        return Optional.of(type.cast(object));
    }
}
