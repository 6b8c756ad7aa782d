package org.steward.compose.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.compose.ui.internal.composition.Branding;
import org.steward.compose.ui.internal.composition.ComposedModel;
import org.steward.compose.ui.internal.composition.Composition;
import org.steward.compose.ui.internal.composition.CompositionResult;
import org.steward.compose.ui.internal.composition.CompositionRunner;
import org.steward.compose.ui.internal.composition.StewardHome;

/**
 * The runner against stand-ins for compose.sh (bash scripts written here) that behave as the real one does at its
 * edges: print progress, write OUT/build.log, make OUT/workbench/steward, exit 0 or not. The real compose.sh runs
 * in releng/org.steward.sdk.dist's ComposeWizardIT.
 */
class CompositionRunnerTest {

    private static Composition composition(SiteFixture f, Path out) {
        return Composition.of(new StewardHome(f.home), List.of(SiteFixture.ALPHA, SiteFixture.BETA),
                new Branding("Two", "two", Optional.empty(), Optional.empty(), Optional.empty()), out, true);
    }

    @Test
    void aCompositionStreamsItsOutputAndListsTheComposedModels(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        // the stand-in records its arguments and its working folder, and makes a workbench whose models
        // application prints two models (as ModelsApplication does: id TAB name) and a line without a tab
        SiteFixture f = SiteFixture.create(dir.resolve("home")).script("""
                #!/usr/bin/env bash
                printf '%s\\n' "$@" > "$(dirname "$0")/args.txt"
                pwd > "$(dirname "$0")/pwd.txt"
                echo "compose: building"
                while [ "$1" != "--out" ]; do shift; done; out=$2
                mkdir -p "$out/workbench"
                cat > "$out/workbench/steward" <<'WB'
                #!/bin/sh
                [ "$1 $2" = "-application org.steward.workbench.models" ] || exit 9
                echo "starting"
                printf 'alpha.one\\tAlpha one\\nbeta.one\\tBeta one\\n'
                WB
                chmod 755 "$out/workbench/steward"
                echo "build ok" > "$out/build.log"
                echo "compose: done"
                """);
        Composition c = composition(f, out);
        List<String> lines = new CopyOnWriteArrayList<>();
        CompositionResult r = new CompositionRunner(c).run(lines::add, () -> false);
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.composed());
        assertEquals(List.of("compose: building", "compose: done"), r.output());
        assertEquals("compose: building", lines.get(0));
        assertEquals(c.command().subList(2, c.command().size()),
                Files.readAllLines(f.home.resolve("releng/compose/args.txt")));
        assertEquals(f.home.toString(), Files.readString(f.home.resolve("releng/compose/pwd.txt")).trim());
        assertEquals(List.of(new ComposedModel("alpha.one", "Alpha one"), new ComposedModel("beta.one", "Beta one")),
                r.models());
        assertEquals("", r.modelsProblem());
        assertEquals(out.resolve("workbench/steward"), r.workbench());
    }

    @Test
    void aFailureKeepsTheExitCodeAndTheTailOfTheBuildLog(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        SiteFixture f = SiteFixture.create(dir.resolve("home")).script("""
                #!/usr/bin/env bash
                while [ "$1" != "--out" ]; do shift; done; out=$2
                for i in $(seq 1 100); do echo "log line $i"; done > "$out/build.log"
                echo "compose: the product build failed; see $out/build.log" >&2
                exit 2
                """);
        CompositionResult r = new CompositionRunner(composition(f, out)).run(l -> { }, () -> false);
        assertEquals(2, r.exitCode());
        assertFalse(r.composed());
        assertFalse(r.canceled());
        assertEquals(out.resolve("build.log"), r.log());
        // the last 40 of the 100 lines the script wrote: 61..100
        assertEquals(IntStream.rangeClosed(61, 100).mapToObj(i -> "log line " + i).toList(), r.logTail());
        assertEquals(List.of("compose: the product build failed; see " + out.resolve("build.log")), r.output());
        assertEquals(List.of(), r.models());
    }

    @Test
    void cancelKillsTheScriptAndWhatItStarted(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Path pidFile = dir.resolve("child.pid");
        // like compose.sh waiting for Maven: a child process that would run for five minutes
        SiteFixture f = SiteFixture.create(dir.resolve("home")).script("""
                #!/usr/bin/env bash
                sleep 300 &
                echo $! > "%s"
                echo "compose: building"
                wait
                """.formatted(pidFile));
        CompositionRunner runner = new CompositionRunner(composition(f, out));
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread canceler = new Thread(() -> {
            try {
                long end = System.currentTimeMillis() + 30_000;
                while (lines.isEmpty() && System.currentTimeMillis() < end) {
                    Thread.sleep(50);
                }
                runner.cancel();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        canceler.start();
        long start = System.nanoTime();
        CompositionResult r = runner.run(lines::add, () -> false);
        canceler.join();
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 60, "the run ended soon after cancel");
        assertTrue(r.canceled());
        assertFalse(r.composed());
        long child = Long.parseLong(Files.readString(pidFile, StandardCharsets.UTF_8).trim());
        long end = System.currentTimeMillis() + 10_000;
        while (ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false) && System.currentTimeMillis() < end) {
            Thread.sleep(100);
        }
        assertFalse(ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false), "sleep " + child + " was killed");
    }

    @Test
    void aCancelRequestPolledFromTheMonitorEndsTheRunToo(@TempDir Path dir) throws Exception {
        SiteFixture f = SiteFixture.create(dir.resolve("home")).script("#!/usr/bin/env bash\necho started\nsleep 300\n");
        List<String> lines = new CopyOnWriteArrayList<>();
        CompositionResult r = new CompositionRunner(composition(f, dir.resolve("out"))).run(lines::add,
                () -> !lines.isEmpty());
        assertTrue(r.canceled());
        // (bash may still report its killed child, e.g. "Terminated", before it is killed itself)
        assertEquals("started", r.output().get(0), r.output().toString());
    }
}
