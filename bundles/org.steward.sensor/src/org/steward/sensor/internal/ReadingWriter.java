package org.steward.sensor.internal;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.steward.sensor.Reading;

/**
 * Writes a batch of readings and rejections in one transaction. The reading key (sensor, parameter, time) makes
 * redelivered readings duplicates: the fast path inserts the batch in key order, through a Derby network server as one
 * packed statement ({@link PackedReadings}), elsewhere as multi-row INSERTs; when a duplicate key breaks it, the batch is redone row by row, each row behind a savepoint, counting the duplicates. (Derby rolls back only a failing
 * statement, but PostgreSQL aborts the whole transaction after one; rolling back to the row's savepoint works on both.)
 */
public final class ReadingWriter {
    static final String INSERT = "INSERT INTO READING (SENSOR_ID, PARAMETER, TS, READING_VALUE, QUALITY) VALUES (?, ?, ?, ?, ?)";
    static final String REJECT = "INSERT INTO REJECTED_READING (TOPIC, PAYLOAD, REASON, RECEIVED_AT) VALUES (?, ?, ?, ?)";
    private static final String DUPLICATE_KEY = "23505";

    private ReadingWriter() {
    }

    /** A message that failed validation. */
    public record Rejection(String topic, String payload, String reason, Instant receivedAt) {
    }

    /** What one batch did; {@code storedReadings} are the readings with new keys. */
    public record Written(int stored, int duplicates, int rejected, List<Reading> storedReadings) {
    }

    /** The stored sensor id: park and sensor, so that two parks may reuse sensor names. */
    public static String sensorKey(Reading r) {
        return r.park() + "/" + r.sensorId();
    }

    /**
     * Writes and commits, finding out first whether {@code c} takes packed batches; a caller that writes many batches
     * on one connection asks {@link PackedReadings#check} once and uses {@link #write(Connection, boolean, List, List)}.
     */
    public static Written write(Connection c, List<Reading> readings, List<Rejection> rejections) throws SQLException {
        return write(c, PackedReadings.check(c).packed(), readings, rejections);
    }

    /**
     * Writes and commits; on an exception nothing of the batch is committed.
     *
     * @param packed whether the fast path is one packed INSERT ({@link PackedReadings#check} said yes for {@code c})
     *               or multi-row INSERTs
     */
    public static Written write(Connection c, boolean packed, List<Reading> readings, List<Rejection> rejections) throws SQLException {
        int stored;
        int duplicates = 0;
        List<Reading> fresh = readings;
        try {
            stored = batch(c, packed, readings);
        } catch (BatchUpdateException e) {
            if (!DUPLICATE_KEY.equals(sqlState(e))) {
                c.rollback();
                throw e;
            }
            c.rollback();
            stored = 0;
            fresh = new java.util.ArrayList<>(readings.size());
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                for (Reading r : readings) {
                    bind(ps, r);
                    Savepoint row = c.setSavepoint();
                    try {
                        ps.executeUpdate();
                        c.releaseSavepoint(row);
                        stored++;
                        fresh.add(r);
                    } catch (SQLException one) {
                        if (!DUPLICATE_KEY.equals(one.getSQLState())) {
                            c.rollback();
                            throw one;
                        }
                        c.rollback(row);
                        // A savepoint outlives the rollback to it; left alive, the next ones nest under it until the
                        // Derby client refuses more (3B002, "maximum number of savepoints") after a few hundred rows.
                        c.releaseSavepoint(row);
                        duplicates++;
                    }
                }
            }
        }
        if (!rejections.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(REJECT)) {
                for (Rejection r : rejections) {
                    ps.setString(1, truncate(r.topic(), 512));
                    ps.setString(2, truncate(r.payload(), 2000));
                    ps.setString(3, truncate(r.reason(), 1000));
                    ps.setTimestamp(4, Timestamp.from(r.receivedAt()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        c.commit();
        return new Written(stored, duplicates, rejections.size(), fresh);
    }

    /** A reading with its stored sensor id, ordered as the primary key (sensor, parameter, time). */
    record Row(String sensor, Reading reading) implements Comparable<Row> {
        @Override
        public int compareTo(Row o) {
            int c = sensor.compareTo(o.sensor);
            if (c == 0) {
                c = reading.parameter().compareTo(o.reading.parameter());
            }
            return c != 0 ? c : reading.time().compareTo(o.reading.time());
        }
    }

    /** Most rows per multi-row INSERT of the fast path. */
    public static final int CHUNK = 50;

    /** {@code INSERT … VALUES (?,?,?,?,?),(?,?,?,?,?),…} with {@code rows} rows. */
    static String multiRowInsert(int rows) {
        StringBuilder sql = new StringBuilder(INSERT);
        for (int i = 1; i < rows; i++) {
            sql.append(", (?, ?, ?, ?, ?)");
        }
        return sql.toString();
    }

    /**
     * The fast path, inserted in key order: a batch of a stream holds a few readings of each of many sensors; in key
     * order consecutive inserts land on the same or the next index page instead of all over the index. The rows go as
     * one packed statement when {@code packed} and READING has rows ({@link PackedReadings}), else as
     * multi-row INSERTs of up to {@link #CHUNK} rows (one statement execution per chunk instead of per row; the last,
     * shorter chunk has its own statement, which the database's statement cache keeps). Each chunk is its own
     * {@code executeUpdate}, not a JDBC batch: the Derby client, inside OSGi, fails to label an error of a JDBC batch
     * (its message bundle is not visible to Derby's shared classes: {@code MissingResourceException}) instead of
     * reporting the duplicate key. Any failure is reported as a {@link BatchUpdateException} carrying the database's
     * exception, as a JDBC batch would, so that {@link #write} answers a duplicate with the row-by-row path.
     */
    private static int batch(Connection c, boolean packed, List<Reading> readings) throws SQLException {
        if (readings.isEmpty()) {
            return 0;
        }
        Row[] rows = new Row[readings.size()];
        for (int i = 0; i < rows.length; i++) {
            Reading r = readings.get(i);
            rows[i] = new Row(sensorKey(r), r);
        }
        java.util.Arrays.sort(rows);
        int full = rows.length / CHUNK * CHUNK;
        try {
            if (packed && !PackedReadings.tableEmpty(c)) {
                PackedReadings.insert(c, rows);
                return rows.length;
            }
            if (full > 0) {
                try (PreparedStatement ps = c.prepareStatement(multiRowInsert(CHUNK))) {
                    for (int i = 0; i < full; i += CHUNK) {
                        insert(ps, rows, i, CHUNK);
                    }
                }
            }
            if (full < rows.length) {
                try (PreparedStatement ps = c.prepareStatement(multiRowInsert(rows.length - full))) {
                    insert(ps, rows, full, rows.length - full);
                }
            }
        } catch (BatchUpdateException e) {
            throw e;
        } catch (SQLException e) {
            throw new BatchUpdateException(e.getMessage(), e.getSQLState(), e.getErrorCode(), new int[0], e);
        }
        return readings.size();
    }

    private static void insert(PreparedStatement ps, Row[] rows, int from, int count) throws SQLException {
        for (int j = 0; j < count; j++) {
            bind(ps, j * 5, rows[from + j].sensor(), rows[from + j].reading());
        }
        ps.executeUpdate();
    }

    private static void bind(PreparedStatement ps, Reading r) throws SQLException {
        bind(ps, sensorKey(r), r);
    }

    private static void bind(PreparedStatement ps, String sensor, Reading r) throws SQLException {
        bind(ps, 0, sensor, r);
    }

    /** Binds one row's five parameters after the first {@code offset} ones. */
    private static void bind(PreparedStatement ps, int offset, String sensor, Reading r) throws SQLException {
        ps.setString(offset + 1, sensor);
        ps.setString(offset + 2, r.parameter());
        ps.setTimestamp(offset + 3, Timestamp.from(r.time()));
        ps.setDouble(offset + 4, r.value());
        ps.setInt(offset + 5, r.quality());
    }

    private static String sqlState(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if (x.getSQLState() != null && !x.getSQLState().isEmpty()) {
                if (DUPLICATE_KEY.equals(x.getSQLState())) {
                    return DUPLICATE_KEY;
                }
            }
        }
        Throwable cause = e.getCause();
        if (cause instanceof SQLException s && DUPLICATE_KEY.equals(s.getSQLState())) {
            return DUPLICATE_KEY;
        }
        return e.getSQLState();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
