package org.steward.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Bundle;
import org.steward.sensor.Reading;
import org.steward.sensor.internal.PackedReadings;
import org.steward.sensor.internal.ReadingWriter;
import org.steward.store.AppliedMigration;
import org.steward.store.Store;
import org.steward.workspace.FieldValue;
import org.steward.workspace.Record;
import org.steward.workspace.internal.IndexWriter;
import org.steward.workspace.internal.LastCommits;

/**
 * The migrations of EVERY bundle of the source tree that carries a {@code Steward-Migrations} header (store, sensor,
 * workspace index, these tests' own), applied through the real store when the bundles start, on each database; then
 * the bundles' own SQL on the tables they created (sensor readings with redelivered duplicates, rejected readings,
 * the workspace index), so that a dialect difference in a script or in a writer shows here.
 */
abstract class AllMigrationsContractTest {

    static final String HEADER = "Steward-Migrations";

    /** A fresh, empty database of this kind for one test. */
    abstract Store open(String name) throws Exception;

    /** Whether the writer's fast path here is one packed statement per batch (a Derby network server) or multi-row INSERTs. */
    abstract boolean takesPackedBatches();

    /** The source tree's bundles with the header, by symbolic name, and the schema each declares. */
    static Map<String, String> bundlesWithMigrationsInTheSourceTree() throws IOException {
        Path bundles = Path.of("").toAbsolutePath().getParent(); // tycho-surefire runs in this module's folder
        Map<String, String> found = new TreeMap<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(bundles)) {
            for (Path dir : dirs) {
                Path mf = dir.resolve("META-INF/MANIFEST.MF");
                if (!Files.isRegularFile(mf)) {
                    continue;
                }
                try (InputStream in = Files.newInputStream(mf)) {
                    var main = new Manifest(in).getMainAttributes();
                    String header = main.getValue(HEADER);
                    if (header != null) {
                        found.put(main.getValue("Bundle-SymbolicName").split(";")[0].trim(), header.split(";")[0].trim());
                    }
                }
            }
        }
        return found;
    }

    @Test
    void everyBundleWithMigrationsIsHereAndAllItsScriptsAreApplied() throws Exception {
        Map<String, String> expected = bundlesWithMigrationsInTheSourceTree();
        assertTrue(expected.keySet().containsAll(Set.of("org.steward.store", "org.steward.sensor", "org.steward.workspace")),
                "the source tree scan found " + expected);
        Map<String, Bundle> installed = new TreeMap<>();
        for (Bundle b : StoreFixture.context().getBundles()) {
            if (expected.containsKey(b.getSymbolicName())) {
                installed.put(b.getSymbolicName(), b);
            }
        }
        assertEquals(expected.keySet(), installed.keySet(), "every bundle with a " + HEADER + " header must be in this test's "
                + "runtime: add it to Require-Bundle of org.steward.store.tests");

        Store store = open("all");
        for (Bundle b : installed.values()) {
            if (b.getState() != Bundle.ACTIVE && b.getHeaders().get("Fragment-Host") == null) {
                b.start();
            }
        }
        Map<String, Set<Integer>> scripts = new TreeMap<>();
        for (Bundle b : installed.values()) {
            String header = b.getHeaders().get(HEADER);
            String path = header.substring(header.indexOf("path=") + 5).split(";")[0].trim();
            Set<Integer> versions = new TreeSet<>();
            Enumeration<java.net.URL> e = b.findEntries(path, "V*__*.sql", false);
            while (e != null && e.hasMoreElements()) {
                String name = e.nextElement().getPath();
                name = name.substring(name.lastIndexOf('/') + 2);
                versions.add(Integer.parseInt(name.substring(0, name.indexOf("__"))));
            }
            assertTrue(!versions.isEmpty(), b.getSymbolicName() + " declares " + path + " but ships no scripts");
            scripts.put(expected.get(b.getSymbolicName()), versions);
        }
        Map<String, Set<Integer>> applied = waitForMigrations(store, scripts);
        assertEquals(scripts, applied, "problems: " + store.problems());
        assertEquals(List.of(), store.problems());
    }

    @Test
    void sensorReadingsWithRedeliveredDuplicatesAndRejections() throws Exception {
        Store store = openWithAllMigrations("sensor");
        Instant t0 = Instant.parse("2026-11-23T08:00:00Z");
        List<Reading> first = List.of(new Reading("p1", "s1", "cod", t0, 41.5, 0), new Reading("p1", "s1", "cod", t0.plusSeconds(60), 42.0, 0));
        List<Reading> redelivered = new ArrayList<>(first);
        redelivered.add(new Reading("p1", "s1", "cod", t0.plusSeconds(120), 43.25, 1));
        List<ReadingWriter.Rejection> rejected = List.of(new ReadingWriter.Rejection("park/p1/s1", "{bad", "not JSON", t0));
        try (Connection c = store.connection()) {
            assertEquals(new ReadingWriter.Written(2, 0, 0, first), ReadingWriter.write(c, first, List.of()));
            // The second batch repeats both readings (an MQTT redelivery): they are counted as duplicates and the new one
            // is stored, in the same transaction as the rejection (PostgreSQL aborts a transaction after a failed
            // statement, Derby does not; the writer must work on both).
            assertEquals(new ReadingWriter.Written(1, 2, 1, List.of(redelivered.get(2))), ReadingWriter.write(c, redelivered, rejected));
        }
        assertEquals(3, count(store, "SELECT COUNT(*) FROM READING"));
        assertEquals(1, count(store, "SELECT COUNT(*) FROM REJECTED_READING"));
        assertEquals(1, count(store, "SELECT COUNT(*) FROM READING WHERE QUALITY = 1 AND READING_VALUE = 43.25 AND SENSOR_ID = 'p1/s1'"));
    }

    /** Readings of several parks, sensors and parameters, interleaved as a stream delivers them (not in key order). */
    static List<Reading> stream(int from, int to) {
        Instant t0 = Instant.parse("2026-11-23T08:00:00Z");
        List<Reading> readings = new ArrayList<>();
        for (int i = from; i < to; i++) {
            readings.add(new Reading("p" + i % 3, "s" + i % 11, i % 2 == 0 ? "cod" : "ph", t0.plusSeconds(i), 1000 + i + 0.25, i % 4));
        }
        return readings;
    }

    @Test
    void theWriterPacksBatchesOnlyThroughADerbyNetworkServer() throws Exception {
        Store store = openWithAllMigrations("check");
        try (Connection c = store.connection()) {
            PackedReadings.Availability first = PackedReadings.check(c);
            assertEquals(takesPackedBatches(), first.packed(), first.reason());
            assertEquals(first, PackedReadings.check(c), "asked again, once the function exists");
        }
    }

    /**
     * The multi-row path sends chunks of up to {@link ReadingWriter#CHUNK} rows: more than two full chunks plus a
     * shorter one; the packed path sends the batch at once. Every row read back with its own values (a wrong parameter
     * offset or packing would swap them), on each database, through multi-row INSERTs and through the database's own
     * fast path (packed through a Derby network server once the table has rows).
     */
    @ParameterizedTest(name = "multi-row forced: {0}")
    @ValueSource(booleans = {true, false})
    void sensorReadingsAreStoredWithTheirOwnValues(boolean multiRow) throws Exception {
        Store store = openWithAllMigrations("values" + multiRow);
        List<Reading> readings = stream(0, 2 * ReadingWriter.CHUNK + 7);
        try (Connection c = store.connection()) {
            boolean packed = !multiRow && PackedReadings.check(c).packed();
            assertEquals(new ReadingWriter.Written(readings.size(), 0, 0, readings), ReadingWriter.write(c, packed, readings, List.of()));
            List<Reading> one = stream(500, 501); // a batch of one reading: a chunk of one row
            assertEquals(new ReadingWriter.Written(1, 0, 0, one), ReadingWriter.write(c, packed, one, List.of()));
            readings = new ArrayList<>(readings);
            readings.addAll(one);
            // Microseconds (PostgreSQL's precision), Chinese sensor names, a long key, the highest quality: stored as sent.
            Instant t = Instant.parse("2026-11-23T08:00:00.123456Z");
            List<Reading> odd = List.of(new Reading("园区一", "排口-污水", "cod", t, -0.5, 32767),
                    new Reading("园区一", "排口-污水", "cod", t.plusNanos(1000), 1e-300, 0),
                    new Reading("p".repeat(30), "s".repeat(33), "nh3n", t.plusMillis(1), Double.MAX_VALUE, 3));
            assertEquals(new ReadingWriter.Written(3, 0, 0, odd), ReadingWriter.write(c, packed, odd, List.of()));
            readings.addAll(odd);
        }
        assertEquals(expectedRows(readings), storedRows(store));
    }

    /**
     * Two writers (the ingest's {@code writers} setting), each on its own connection, start on the empty table at the
     * same moment, each finding out its fast path and writing batches of its own sensors: every batch commits.
     */
    @Test
    void twoWritersStartingTogetherOnTheEmptyTableBothCommit() throws Exception {
        Store store = openWithAllMigrations("twowriters");
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        List<java.util.concurrent.Future<Integer>> writers = new ArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int w = 0; w < 2; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    int stored = 0;
                    try (Connection c = store.connection()) {
                        start.await();
                        boolean packed = PackedReadings.check(c).packed();
                        for (int batch = 0; batch < 5; batch++) {
                            List<Reading> readings = new ArrayList<>();
                            for (Reading r : stream(batch * 200, batch * 200 + 200)) {
                                readings.add(new Reading(r.park(), "w" + writer + r.sensorId(), r.parameter(), r.time(), r.value(), r.quality()));
                            }
                            stored += ReadingWriter.write(c, packed, readings, List.of()).stored();
                        }
                    }
                    return stored;
                }));
            }
            for (java.util.concurrent.Future<Integer> f : writers) {
                assertEquals(1000, f.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2000, count(store, "SELECT COUNT(*) FROM READING"));
    }

    /**
     * A redelivery whose duplicates sit inside a full chunk (in key order) falls back to the row-by-row path, which
     * counts them and stores the new readings; so does a first batch into the empty table that holds one key twice.
     */
    @ParameterizedTest(name = "multi-row forced: {0}")
    @ValueSource(booleans = {true, false})
    void aDuplicateInABatchFallsBackToTheRowByRowPath(boolean multiRow) throws Exception {
        Store store = openWithAllMigrations("dup" + multiRow);
        int n = 2 * ReadingWriter.CHUNK + 7;
        List<Reading> first = stream(0, n);
        List<Reading> firstTwice = new ArrayList<>(first);
        firstTwice.add(first.get(5));
        List<Reading> fresh = stream(n, n + ReadingWriter.CHUNK + 10);
        List<Reading> second = new ArrayList<>(fresh);
        second.add(7, first.get(0)); // redelivered readings among new ones
        second.add(30, first.get(n / 2));
        second.add(first.get(n - 1));
        try (Connection c = store.connection()) {
            boolean packed = !multiRow && PackedReadings.check(c).packed();
            assertEquals(new ReadingWriter.Written(n, 1, 0, first), ReadingWriter.write(c, packed, firstTwice, List.of()));
            assertEquals(new ReadingWriter.Written(fresh.size(), 3, 0, fresh), ReadingWriter.write(c, packed, second, List.of()));
        }
        List<Reading> all = new ArrayList<>(first);
        all.addAll(fresh);
        assertEquals(expectedRows(all), storedRows(store));
    }

    static Map<String, String> expectedRows(List<Reading> readings) {
        Map<String, String> expected = new TreeMap<>();
        for (Reading r : readings) {
            expected.put(ReadingWriter.sensorKey(r) + " " + r.parameter() + " " + r.time(), r.value() + " q" + r.quality());
        }
        return expected;
    }

    static Map<String, String> storedRows(Store store) throws Exception {
        return store.transaction(c -> {
            Map<String, String> rows = new TreeMap<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT SENSOR_ID, PARAMETER, TS, READING_VALUE, QUALITY FROM READING")) {
                while (rs.next()) {
                    rows.put(rs.getString(1) + " " + rs.getString(2) + " " + rs.getTimestamp(3).toInstant(), rs.getDouble(4) + " q" + rs.getInt(5));
                }
            }
            return rows;
        });
    }

    @Test
    void workspaceIndexRowsAreReplacedAndReadBack() throws Exception {
        Store store = openWithAllMigrations("index");
        String project = "/srv/项目/一";
        Record customer = new Record("customer", "c-001", Map.of("name", new FieldValue.Text("东义集团")), "");
        Record contact = new Record("contact", "p-001", Map.of(), "");
        Instant when = Instant.parse("2026-11-20T10:15:30Z");
        Map<String, LastCommits.Last> last = Map.of(customer.path(), new LastCommits.Last("a".repeat(40), when));
        store.transaction(c -> IndexWriter.replace(c, project, List.of(customer, contact), last, type -> Set.of()));
        store.transaction(c -> IndexWriter.replace(c, project, List.of(customer, contact), last, type -> Set.of()));
        var rows = store.transaction(c -> IndexWriter.read(c, project));
        assertEquals(2, rows.size(), "replaced, not doubled: " + rows);
        assertEquals("contact/p-001.md", rows.get(0).path());
        assertEquals("p-001", rows.get(0).title(), "no name: the id");
        assertTrue(rows.get(0).lastCommit().isEmpty());
        assertEquals("东义集团", rows.get(1).title());
        assertEquals(when, rows.get(1).lastCommitTime().orElseThrow());
    }

    Store openWithAllMigrations(String name) throws Exception {
        Store store = open(name);
        Map<String, Set<Integer>> wanted = new TreeMap<>();
        for (Bundle b : StoreFixture.context().getBundles()) {
            if (b.getHeaders().get(HEADER) != null && b.getHeaders().get("Fragment-Host") == null) {
                if (b.getState() != Bundle.ACTIVE) {
                    b.start();
                }
                wanted.put(b.getHeaders().get(HEADER).split(";")[0].trim(), Set.of(1));
            }
        }
        Map<String, Set<Integer>> applied = waitForMigrations(store, wanted);
        assertTrue(applied.keySet().containsAll(wanted.keySet()), applied + " problems: " + store.problems());
        return store;
    }

    /** Schema → applied versions, once every wanted schema shows up (or after 20 s). */
    private static Map<String, Set<Integer>> waitForMigrations(Store store, Map<String, Set<Integer>> wanted) throws Exception {
        long end = System.nanoTime() + 20_000_000_000L;
        while (true) {
            Map<String, Set<Integer>> applied = new TreeMap<>();
            for (AppliedMigration m : store.migrations()) {
                applied.computeIfAbsent(m.schema(), k -> new TreeSet<>()).add(m.version());
            }
            boolean all = wanted.entrySet().stream().allMatch(e -> applied.getOrDefault(e.getKey(), Set.of()).containsAll(e.getValue()));
            if (all || System.nanoTime() > end) {
                applied.keySet().retainAll(wanted.keySet());
                return applied;
            }
            if (!store.problems().isEmpty()) {
                fail("migration problems: " + store.problems());
            }
            Thread.sleep(50);
        }
    }

    static int count(Store store, String sql) throws Exception {
        return store.transaction(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
