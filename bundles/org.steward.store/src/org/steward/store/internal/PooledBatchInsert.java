package org.steward.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import org.steward.store.BatchInsert;
import org.steward.store.StoreException;

/** Batched insert on one pooled connection: each full batch is executed and committed together. */
public final class PooledBatchInsert implements BatchInsert {
    private final Connection connection;
    private final PreparedStatement statement;
    private final int batchSize;
    private int pending;
    private long committed;

    public PooledBatchInsert(Connection connection, String sql, int batchSize) throws StoreException {
        if (batchSize < 1) {
            throw new StoreException("batch size must be at least 1, not " + batchSize);
        }
        this.connection = connection;
        this.batchSize = batchSize;
        try {
            this.statement = connection.prepareStatement(sql);
        } catch (SQLException e) {
            close(connection);
            throw new StoreException("cannot prepare the insert '" + sql + "': " + e.getMessage(), e);
        }
    }

    @Override
    public void add(Object... values) throws StoreException {
        try {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                statement.setObject(i + 1, v instanceof Instant t ? Timestamp.from(t) : v);
            }
            statement.addBatch();
        } catch (SQLException e) {
            throw new StoreException("cannot add row " + (committed + pending + 1) + ": " + e.getMessage(), e);
        }
        if (++pending >= batchSize) {
            flush();
        }
    }

    @Override
    public void flush() throws StoreException {
        if (pending == 0) {
            return;
        }
        try {
            statement.executeBatch();
            connection.commit();
            committed += pending;
            pending = 0;
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // report the first failure
            }
            int lost = pending;
            pending = 0;
            throw new StoreException("a batch of " + lost + " rows was rolled back (" + e.getSQLState() + " " + e.getMessage()
                    + "); the " + committed + " rows before it are committed", e);
        }
    }

    @Override
    public long committedRows() {
        return committed;
    }

    @Override
    public void close() throws StoreException {
        try {
            flush();
        } finally {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
            close(connection);
        }
    }

    private static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // returned to the pool either way
        }
    }
}
