package org.steward.store.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.steward.store.StoreException;

/**
 * A bounded pool: at most {@code size} connections open, callers wait up to a limit for one. Connections are
 * handed out with auto-commit off and come back through {@code close()}, rolled back if left mid-transaction.
 */
public final class ConnectionPool implements AutoCloseable {
    private final ConnectionFactory factory;
    private final Semaphore permits;
    private final long waitMillis;
    private final int size;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private volatile boolean closed;

    public ConnectionPool(ConnectionFactory factory, int size, long waitMillis) {
        if (size < 1) {
            throw new IllegalArgumentException("pool size must be at least 1, not " + size);
        }
        this.factory = factory;
        this.size = size;
        this.permits = new Semaphore(size, true);
        this.waitMillis = waitMillis;
    }

    public Connection borrow() throws StoreException {
        if (closed) {
            throw new StoreException("the store at " + factory.location() + " is closed");
        }
        try {
            if (!permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                throw new StoreException("all " + size + " connections to " + factory.location() + " stayed busy for "
                        + waitMillis + " ms; raise poolSize or find the caller that does not close its connections");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a connection", e);
        }
        try {
            Connection physical = takeIdle();
            if (physical == null) {
                physical = factory.open();
            }
            physical.setAutoCommit(false);
            return wrap(physical);
        } catch (SQLException | RuntimeException e) {
            permits.release();
            throw new StoreException("cannot open a connection to " + factory.location() + ": " + e.getMessage(), e);
        }
    }

    private synchronized Connection takeIdle() throws SQLException {
        while (!idle.isEmpty()) {
            Connection c = idle.pop();
            if (!c.isClosed() && c.isValid(2)) {
                return c;
            }
        }
        return null;
    }

    private void giveBack(Connection physical) {
        try {
            if (!physical.isClosed()) {
                if (!physical.getAutoCommit()) {
                    physical.rollback(); // whatever the caller did not commit is not ours to keep
                }
                synchronized (this) {
                    if (closed) {
                        physical.close();
                    } else {
                        idle.push(physical);
                    }
                }
            }
        } catch (SQLException | RuntimeException e) {
            // A driver can fail with an unchecked exception too (Derby's client did, when it could not find its
            // message texts); either way the connection is not trusted again and the permit goes back.
            closeQuietly(physical);
        } finally {
            permits.release();
        }
    }

    private Connection wrap(Connection physical) {
        boolean[] returned = {false};
        return (Connection) Proxy.newProxyInstance(ConnectionPool.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("close")) {
                        synchronized (returned) {
                            if (!returned[0]) {
                                returned[0] = true;
                                giveBack(physical);
                            }
                        }
                        return null;
                    }
                    if (name.equals("isClosed")) {
                        return returned[0] || physical.isClosed();
                    }
                    if (returned[0]) {
                        throw new SQLException("connection already returned to the pool");
                    }
                    try {
                        return method.invoke(physical, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Connections currently handed out. */
    public int inUse() {
        return size - permits.availablePermits();
    }

    @Override
    public synchronized void close() {
        closed = true;
        while (!idle.isEmpty()) {
            closeQuietly(idle.pop());
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException | RuntimeException ignored) {
            // closing anyway
        }
    }
}
