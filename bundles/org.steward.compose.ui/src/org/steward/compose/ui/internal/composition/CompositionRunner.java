package org.steward.compose.ui.internal.composition;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs a composition — what the wizard's Finish does, without any UI: compose.sh with the composition's command
 * line in the Steward home, its output line by line to a consumer, cancelable (kills compose.sh and the Maven build
 * it started); then, when it composed, the composed workbench's model list
 * ({@code OUT/workbench/steward -application org.steward.workbench.models}).
 */
public final class CompositionRunner {
    /** Lines of build.log a failure shows. */
    public static final int LOG_TAIL = 40;
    private static final int OUTPUT_KEPT = 500;

    private final Composition composition;
    private final Duration limit;
    private volatile boolean canceled;

    public CompositionRunner(Composition composition, Duration limit) {
        this.composition = composition;
        this.limit = limit;
    }

    public CompositionRunner(Composition composition) {
        this(composition, Duration.ofMinutes(30));
    }

    /**
     * Composes. {@code lines} gets every line of compose.sh's output as it comes (on another thread);
     * {@code cancel} is polled and, once true, ends the run like {@link #cancel()}.
     *
     * @throws IOException when compose.sh cannot be started at all
     */
    public CompositionResult run(Consumer<String> lines, BooleanSupplier cancel) throws IOException, InterruptedException {
        BooleanSupplier stop = () -> canceled || cancel.getAsBoolean();
        Deque<String> output = new ArrayDeque<>();
        Consumer<String> keep = line -> {
            synchronized (output) {
                output.addLast(line);
                if (output.size() > OUTPUT_KEPT) {
                    output.removeFirst();
                }
            }
            lines.accept(line);
        };
        Files.createDirectories(composition.out());
        ProcessRun run = ProcessRun.start(composition.command(), composition.home().folder(), environment(), keep);
        int exit = run.await(stop, limit);
        boolean wasCanceled = run.canceled() || stop.getAsBoolean();
        Path log = composition.out().resolve("build.log");
        List<String> outputLines;
        synchronized (output) {
            outputLines = List.copyOf(output);
        }
        if (exit != 0 || wasCanceled) {
            return new CompositionResult(composition.out(), exit, wasCanceled, outputLines, log, tail(log), List.of(), "");
        }
        lines.accept(Texts.get("runner.listing"));
        List<ComposedModel> models = new ArrayList<>();
        String problem = workbenchModels(composition.out(), models, stop);
        return new CompositionResult(composition.out(), exit, stop.getAsBoolean(), outputLines, log, List.of(), models,
                problem);
    }

    /**
     * Ends a running composition: the thread in {@link #run} kills compose.sh and everything it started within a
     * tenth of a second. Returns at once (safe to call from the UI thread, e.g. a job's cancel button).
     */
    public void cancel() {
        canceled = true;
    }

    /**
     * Lists the models of the workbench composed into {@code out} into {@code models}.
     *
     * @return empty, or why they could not be listed (with the listing's output)
     */
    private String workbenchModels(Path out, List<ComposedModel> models, BooleanSupplier stop)
            throws IOException, InterruptedException {
        Path launcher = out.resolve("workbench/steward");
        if (!Files.isExecutable(launcher)) {
            return Texts.get("runner.noWorkbench", launcher);
        }
        Path data = Files.createTempDirectory("steward-compose-models");
        List<String> printed = new ArrayList<>();
        try {
            ProcessRun run = ProcessRun.start(List.of(launcher.toString(), "-application",
                    "org.steward.workbench.models", "-data", data.toString(), "-nl", "en"), out.resolve("workbench"),
                    environment(), line -> {
                        synchronized (printed) {
                            printed.add(line);
                        }
                    });
            int exit = run.await(stop, Duration.ofMinutes(3));
            synchronized (printed) {
                if (exit != 0) {
                    return Texts.get("runner.listFailed", exit, String.join("\n", printed));
                }
                for (String line : printed) {
                    int tab = line.indexOf('\t');
                    if (tab > 0) {
                        models.add(new ComposedModel(line.substring(0, tab), line.substring(tab + 1)));
                    }
                }
            }
            return "";
        } finally {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** compose.sh and the workbench script run on the Java this runs on (Java 21+, as the workbench needs). */
    private static Map<String, String> environment() {
        return Map.of("JAVA_HOME", System.getProperty("java.home"));
    }

    /** The last {@link #LOG_TAIL} lines of {@code log}, empty when there is none. */
    static List<String> tail(Path log) {
        if (!Files.isRegularFile(log)) {
            return List.of();
        }
        try {
            List<String> all = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            return List.copyOf(all.subList(Math.max(0, all.size() - LOG_TAIL), all.size()));
        } catch (IOException e) {
            return List.of(Texts.get("runner.logUnreadable", log, e.getMessage()));
        }
    }
}
