package org.steward.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceRegistration;
import org.steward.core.model.AnalysisModel;
import org.steward.core.model.InputKind;
import org.steward.core.model.ModelCanceledException;
import org.steward.core.model.ModelDescriptor;
import org.steward.core.model.ModelException;
import org.steward.core.model.ModelResult;
import org.steward.core.model.ParameterException;
import org.steward.core.model.ParameterSpec;
import org.steward.core.model.ProgressMonitor;
import org.steward.core.runtime.CatalogListener;
import org.steward.core.runtime.ModelCatalog;
import org.steward.core.runtime.ModelRunner;
import org.steward.core.runtime.UnknownModelException;

/** The DS-wired catalogue and runner, with models registered and unregistered as services at run time. */
class CatalogAndRunnerTest {

    private static ModelCatalog catalog;
    private static ModelRunner runner;
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    @BeforeAll
    static void services() throws Exception {
        catalog = Services.await(ModelCatalog.class, Duration.ofSeconds(10));
        runner = Services.await(ModelRunner.class, Duration.ofSeconds(10));
    }

    @AfterEach
    void unregister() {
        registrations.forEach(ServiceRegistration::unregister);
    }

    private void register(String id, String category, AnalysisModel model) {
        Dictionary<String, Object> props = new Hashtable<>();
        if (id != null) {
            props.put(ModelDescriptor.PROP_ID, id);
        }
        props.put(ModelDescriptor.PROP_NAME, "Model " + id);
        props.put(ModelDescriptor.PROP_CATEGORY, category);
        props.put(ModelDescriptor.PROP_VERSION, "2.1.0");
        registrations.add(Services.context().registerService(AnalysisModel.class, model, props));
    }

    private static AnalysisModel echo() {
        return new AnalysisModel() {
            @Override
            public List<ParameterSpec> parameters() {
                return List.of(ParameterSpec.integer("n", "N", "a number", 1, 1, 10));
            }

            @Override
            public ModelResult run(org.steward.core.model.ModelRequest request, ProgressMonitor monitor) {
                return ModelResult.of(Map.of("n", request.parameters().integer("n")), List.of(), List.of(), "");
            }
        };
    }

    @Test
    void modelsAppearSortedAndVanishWithTheirService() {
        List<String> events = new CopyOnWriteArrayList<>();
        CatalogListener listener = new CatalogListener() {
            @Override public void modelAdded(ModelDescriptor m) { events.add("+" + m.id()); }
            @Override public void modelRemoved(ModelDescriptor m) { events.add("-" + m.id()); }
        };
        try (AutoCloseable reg = catalog.addListener(listener)) {
            register("test.zeta", "B", echo());
            register("test.alpha", "B", echo());
            register("test.first", "A", echo());
            List<String> ids = catalog.models().stream().map(ModelDescriptor::id).filter(i -> i.startsWith("test.")).toList();
            assertEquals(List.of("test.first", "test.alpha", "test.zeta"), ids);
            ModelDescriptor d = catalog.descriptor("test.alpha").orElseThrow();
            assertEquals("2.1.0", d.version());
            assertEquals("org.steward.core.tests", d.bundle());
            registrations.remove(0).unregister();
            assertTrue(catalog.descriptor("test.zeta").isEmpty());
            assertEquals(List.of("+test.zeta", "+test.alpha", "+test.first", "-test.zeta"), events);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void servicesWithoutIdOrWithATakenIdAreSkippedAndReported() {
        register("test.dup", "A", echo());
        register("test.dup", "A", echo());
        register(null, "A", echo());
        assertEquals(1, catalog.models().stream().filter(m -> m.id().equals("test.dup")).count());
        assertTrue(catalog.problems().stream().anyMatch(p -> p.message().contains("'test.dup'") && p.message().contains("already used")));
        assertTrue(catalog.problems().stream().anyMatch(p -> p.message().contains("no steward.model.id")));
    }

    @Test
    void runnerParsesParametersAndRuns() throws Exception {
        register("test.echo", "A", echo());
        ModelResult r = runner.run("test.echo", Optional.empty(), Map.of("n", "7"), ProgressMonitor.NULL, Duration.ofSeconds(10));
        assertEquals(7, r.json().get("n"));
        ParameterException bad = assertThrows(ParameterException.class, () -> runner.run("test.echo", Optional.empty(),
                Map.of("n", "70"), ProgressMonitor.NULL, Duration.ofSeconds(10)));
        assertEquals("n", bad.key());
        UnknownModelException unknown = assertThrows(UnknownModelException.class, () -> runner.run("test.nope",
                Optional.empty(), Map.of(), ProgressMonitor.NULL, Duration.ofSeconds(10)));
        assertTrue(unknown.getMessage().contains("test.echo"), unknown.getMessage());
    }

    @Test
    void aModelThatThrowsBecomesAModelException() {
        register("test.throws", "A", (request, monitor) -> {
            throw new IllegalStateException("boom");
        });
        register("test.error", "A", (request, monitor) -> {
            throw new NoClassDefFoundError("missing/Type");
        });
        ModelException e = assertThrows(ModelException.class, () -> runner.run("test.throws", Optional.empty(), Map.of(),
                ProgressMonitor.NULL, Duration.ofSeconds(10)));
        assertTrue(e.getMessage().contains("boom"), e.getMessage());
        ModelException linkage = assertThrows(ModelException.class, () -> runner.run("test.error", Optional.empty(), Map.of(),
                ProgressMonitor.NULL, Duration.ofSeconds(10)));
        assertTrue(linkage.getMessage().contains("missing/Type"), linkage.getMessage());
    }

    @Test
    void aHangingModelIsCancelledAtItsTimeLimit() {
        register("test.hangs", "A", (request, monitor) -> {
            while (true) {
                try {
                    Thread.sleep(60_000); // ignores cancellation on purpose
                } catch (InterruptedException ignored) {
                    // keep hanging
                }
            }
        });
        long start = System.nanoTime();
        ModelCanceledException e = assertThrows(ModelCanceledException.class, () -> runner.run("test.hangs", Optional.empty(),
                Map.of(), ProgressMonitor.NULL, Duration.ofMillis(300)));
        assertTrue(e.getMessage().contains("did not finish"), e.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 30, "runner returned long after the limit");
    }

    @Test
    void cancellingTheMonitorStopsWaitingEvenIfTheModelIgnoresIt() {
        register("test.ignores", "A", (request, monitor) -> {
            long end = System.currentTimeMillis() + 60_000;
            while (System.currentTimeMillis() < end) {
                Thread.onSpinWait();
            }
            return ModelResult.of(Map.of(), List.of(), List.of(), "");
        });
        ProgressMonitor cancelled = new ProgressMonitor() {
            @Override public void begin(String t, int w) { }
            @Override public void worked(int u) { }
            @Override public void subTask(String n) { }
            @Override public boolean isCanceled() { return true; }
            @Override public void done() { }
        };
        assertThrows(ModelCanceledException.class, () -> runner.run("test.ignores", Optional.empty(), Map.of(), cancelled,
                Duration.ofMinutes(5)));
    }

    @Test
    void inputIsCheckedBeforeTheModelRuns(@TempDir Path dir) {
        register("test.folder", "A", new AnalysisModel() {
            @Override public InputKind inputKind() { return InputKind.DIRECTORY; }
            @Override public ModelResult run(org.steward.core.model.ModelRequest r, ProgressMonitor m) {
                return ModelResult.of(Map.of("ok", true), List.of(), List.of(), "");
            }
        });
        ParameterException missing = assertThrows(ParameterException.class, () -> runner.run("test.folder", Optional.empty(),
                Map.of(), ProgressMonitor.NULL, Duration.ofSeconds(5)));
        assertEquals("input", missing.key());
        ParameterException absent = assertThrows(ParameterException.class, () -> runner.run("test.folder",
                Optional.of(dir.resolve("nowhere")), Map.of(), ProgressMonitor.NULL, Duration.ofSeconds(5)));
        assertTrue(absent.getMessage().contains("does not exist"));
        assertFalse(assertDoesNotThrow(dir).json().isEmpty());
    }

    private static ModelResult assertDoesNotThrow(Path dir) {
        try {
            return runner.run("test.folder", Optional.of(dir), Map.of(), ProgressMonitor.NULL, Duration.ofSeconds(5));
        } catch (ModelException e) {
            throw new AssertionError(e);
        }
    }
}
