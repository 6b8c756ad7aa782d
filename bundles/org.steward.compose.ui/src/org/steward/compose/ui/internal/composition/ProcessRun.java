package org.steward.compose.ui.internal.composition;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One external command: started with its output and error merged, every line handed to a consumer as it comes
 * (from a reader thread), stoppable with all its descendants (compose.sh starts Maven, which starts Java).
 */
final class ProcessRun {
    private static final long POLL_MILLIS = 100;

    private final Process process;
    private final Thread reader;
    private volatile boolean canceled;

    private ProcessRun(Process process, Consumer<String> lines) {
        this.process = process;
        this.reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.accept(line);
                }
            } catch (IOException e) {
                // the stream closes when the process is killed; what was read has been handed on
            }
        }, "steward-compose-output");
        reader.setDaemon(true);
        reader.start();
    }

    static ProcessRun start(List<String> command, Path dir, Map<String, String> environment, Consumer<String> lines)
            throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(environment);
        Process p = pb.start();
        p.getOutputStream().close();
        return new ProcessRun(p, lines);
    }

    /**
     * Waits for the end, polling {@code cancel} and the time limit; on either the process and its descendants are
     * killed.
     *
     * @return the exit code; after a cancel or time-out the code of the killed process
     */
    int await(BooleanSupplier cancel, Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!process.waitFor(POLL_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            if (cancel.getAsBoolean() || System.nanoTime() > end) {
                cancel();
            }
        }
        reader.join(Duration.ofSeconds(5).toMillis());
        return process.exitValue();
    }

    /** Kills the process and everything it started (children first, so none is left running orphaned). */
    void cancel() {
        canceled = true;
        List<ProcessHandle> descendants = process.descendants().toList();
        descendants.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                descendants.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            descendants.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    boolean canceled() {
        return canceled;
    }
}
