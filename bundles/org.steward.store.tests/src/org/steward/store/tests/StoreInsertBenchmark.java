package org.steward.store.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.steward.store.internal.ConnectionPool;
import org.steward.store.internal.EmbeddedDerby;
import org.steward.store.internal.PooledBatchInsert;

/**
 * Benchmark (not a test): sustained batched insert of sensor readings into embedded Derby, through the store's
 * pool and batch insert, against raw JDBC batch inserts in the same run. Run with releng/benchmarks/store-insert.sh.
 * Rounds alternate the two ways so that disk-cache warm-up does not favour one.
 */
public final class StoreInsertBenchmark {
    private static final String CREATE = "CREATE TABLE READING (SENSOR_ID VARCHAR(64) NOT NULL, PARAMETER VARCHAR(32) NOT NULL, "
            + "TS TIMESTAMP NOT NULL, READING_VALUE DOUBLE NOT NULL, QUALITY SMALLINT NOT NULL DEFAULT 0, "
            + "PRIMARY KEY (SENSOR_ID, PARAMETER, TS))";
    private static final String INSERT = "INSERT INTO READING (SENSOR_ID, PARAMETER, TS, READING_VALUE, QUALITY) VALUES (?, ?, ?, ?, ?)";
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private StoreInsertBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path work = Files.createTempDirectory("store-bench");
        List<Double> raw = new ArrayList<>();
        List<Double> store = new ArrayList<>();
        try {
            for (int r = 0; r < rounds; r++) {
                boolean rawFirst = r % 2 == 0;
                for (int k = 0; k < 2; k++) {
                    boolean doRaw = (k == 0) == rawFirst;
                    Path db = work.resolve((doRaw ? "raw" : "store") + r);
                    double rate = doRaw ? rawJdbc(db, rows, batch) : throughStore(db, rows, batch);
                    (doRaw ? raw : store).add(rate);
                    System.out.printf("round %d %-5s %,10.0f rows/s%n", r + 1, doRaw ? "raw" : "store", rate);
                }
            }
        } finally {
            delete(work);
        }
        double rawMedian = median(raw);
        double storeMedian = median(store);
        System.out.printf("rows per run %,d, batch %,d, rounds %d%n", rows, batch, rounds);
        System.out.printf("raw JDBC batch insert (baseline): median %,.0f rows/s%n", rawMedian);
        System.out.printf("Store.batchInsert:                median %,.0f rows/s%n", storeMedian);
        System.out.printf("ratio store/raw: %.3f%n", storeMedian / rawMedian);
    }

    private static double rawJdbc(Path db, int rows, int batch) throws SQLException {
        EmbeddedDerby derby = new EmbeddedDerby(db);
        try (Connection c = derby.open()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute(CREATE);
            }
            c.commit();
            long start = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                for (int i = 0; i < rows; i++) {
                    ps.setString(1, "S" + (i % 1000));
                    ps.setString(2, "cod");
                    ps.setTimestamp(3, Timestamp.from(T0.plusSeconds(i / 1000)));
                    ps.setDouble(4, 20 + i % 17);
                    ps.setInt(5, 0);
                    ps.addBatch();
                    if ((i + 1) % batch == 0) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            }
            return rows / ((System.nanoTime() - start) / 1e9);
        } finally {
            derby.shutdown();
        }
    }

    private static double throughStore(Path db, int rows, int batch) throws Exception {
        EmbeddedDerby derby = new EmbeddedDerby(db);
        try (ConnectionPool pool = new ConnectionPool(derby, 4, 10_000)) {
            try (Connection c = pool.borrow(); Statement st = c.createStatement()) {
                st.execute(CREATE);
                c.commit();
            }
            long start = System.nanoTime();
            try (PooledBatchInsert insert = new PooledBatchInsert(pool.borrow(), INSERT, batch)) {
                for (int i = 0; i < rows; i++) {
                    insert.add("S" + (i % 1000), "cod", T0.plusSeconds(i / 1000), 20.0 + i % 17, 0);
                }
            }
            return rows / ((System.nanoTime() - start) / 1e9);
        } finally {
            derby.shutdown();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
