package org.steward.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.steward.store.internal.EmbeddedDerby;

/**
 * kill -9 of a process in the middle of a write batch: on reopening, every committed row is there, no row of
 * the batch in flight is, and Derby opens without manual repair.
 */
class CrashRecoveryTest {

    @Test
    void committedRowsSurviveKillMinus9(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("crashdb");
        List<String> cmd = List.of(javaExecutable(), "-cp", classpath(), CrashWriter.class.getName(), db.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        long lastCommitted = 0;
        StringBuilder other = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while ((line = out.readLine()) != null && System.nanoTime() < deadline) {
                if (line.startsWith("committed ")) {
                    lastCommitted = Long.parseLong(line.substring("committed ".length()));
                    if (lastCommitted >= 5_000) {
                        break;
                    }
                } else {
                    other.append(line).append('\n');
                }
            }
            p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no Derby checkpoint
            assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        }
        assertTrue(lastCommitted >= 5_000, "writer reached only " + lastCommitted + " rows; command " + cmd + " said:\n" + other);
        EmbeddedDerby reopened = new EmbeddedDerby(db);
        try (Connection c = reopened.open(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*), MAX(ID) FROM R")) {
            rs.next();
            long rows = rs.getLong(1);
            assertTrue(rows >= lastCommitted, rows + " rows after recovery, but " + lastCommitted + " were committed");
            assertEquals(0, rows % 500, "a partial batch survived: " + rows);
            assertEquals(rows - 1, rs.getLong(2), "rows are contiguous");
        } finally {
            reopened.shutdown();
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** derby + derbyshared jars and this bundle's classes, found through the bundles' install locations. */
    private static String classpath() throws Exception {
        List<String> parts = new ArrayList<>();
        for (Bundle b : StoreFixture.context().getBundles()) {
            String name = b.getSymbolicName();
            if (name.equals("derby") || name.equals("derbyshared") || name.equals("org.steward.store.tests")) {
                parts.add(locationPath(b));
            }
        }
        assertEquals(3, parts.size(), "bundle locations: " + parts);
        return String.join(File.pathSeparator, parts);
    }

    /** Bundle locations may be relative to the framework's install area (tycho-surefire writes them so). */
    private static String locationPath(Bundle b) {
        String loc = b.getLocation();
        String uri = loc.substring(loc.lastIndexOf("file:"));
        Path p;
        if (uri.startsWith("file:/")) {
            p = Paths.get(URI.create(uri.replace(" ", "%20")));
        } else {
            String installArea = StoreFixture.context().getProperty("osgi.install.area");
            Path base = installArea == null ? Paths.get("") : Paths.get(URI.create(installArea.replace(" ", "%20")));
            p = base.resolve(uri.substring("file:".length())).normalize();
        }
        if (Files.isDirectory(p)) { // a bundle run from its project folder (tycho-surefire, PDE)
            Path classes = p.resolve("target/classes");
            return (Files.isDirectory(classes) ? classes : p.resolve("bin")).toString();
        }
        return p.toString();
    }
}
