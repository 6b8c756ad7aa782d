package org.steward.sensor.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.steward.sensor.IngestConfig;
import org.steward.sensor.IngestStats;
import org.steward.sensor.Reading;
import org.steward.sensor.ReadingListener;
import org.steward.sensor.ReadingParser;
import org.steward.store.Store;
import org.steward.store.StoreException;

/**
 * The write path shared by both MQTT flavours, as a two-stage pipeline: the client's callback thread parses and
 * validates each message ({@link #message}) and puts the outcome on a bounded queue (a full queue blocks the callback,
 * which pushes back on a flooding publisher instead of filling the heap); one writer thread takes what is queued,
 * applies the flood bound, commits it as one batch and only then acknowledges every message of the batch to the
 * broker. A batch that cannot be stored is not acknowledged: the client starts a new session and the broker
 * redelivers it.
 */
final class IngestPipeline implements BrokerClient.Receiver {

    /** A parsed message waiting for its batch; {@code receivedMillis} is when it arrived (for rejections). */
    private record Parsed(int id, int qos, String topic, byte[] payload, ReadingParser.Outcome outcome, long receivedMillis) {
    }

    private final IngestConfig config;
    private final Store store;
    private final List<ReadingListener> listeners;
    private final BrokerClient.Events log;
    private final BlockingQueue<Parsed> queue;
    private final FloodGuard flood;
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong acknowledged = new AtomicLong();
    private volatile BrokerClient client;
    private volatile boolean running;
    /** While the writer restarts the session, arriving messages are not queued: the new session redelivers them. */
    private volatile boolean restarting;
    private Thread writer;
    private Connection connection; // the writer's, kept across batches; writer thread only

    IngestPipeline(IngestConfig config, Store store, List<ReadingListener> listeners, BrokerClient.Events log) {
        this.config = config;
        this.store = store;
        this.listeners = listeners;
        this.log = log;
        this.flood = new FloodGuard(config.maxReadingsPerSensorSecond());
        this.queue = new ArrayBlockingQueue<>(Math.max(config.maxInflight(), config.batchSize()) * 2);
    }

    /** Starts the writer, which acknowledges through {@code broker}. */
    void start(BrokerClient broker) {
        this.client = broker;
        running = true;
        writer = new Thread(this::writeLoop, "steward-sensor-writer");
        writer.setDaemon(true);
        writer.start();
    }

    void stop() {
        running = false;
        if (writer != null) {
            writer.interrupt();
        }
    }

    /** Called on the MQTT client's callback thread: parse here, so the writer thread only writes. */
    @Override
    public void message(String topic, byte[] payload, int id, int qos) throws InterruptedException {
        if (restarting) {
            return; // not acknowledged: the broker sends it again in the new session
        }
        received.incrementAndGet();
        long now = System.currentTimeMillis();
        ReadingParser.Outcome outcome;
        try {
            outcome = ReadingParser.parse(topic, payload, Instant.ofEpochMilli(now));
        } catch (RuntimeException e) {
            outcome = new ReadingParser.Rejected("payload could not be read: " + e);
        }
        queue.put(new Parsed(id, qos, topic, payload, outcome, now));
    }

    /**
     * Drops what is queued (none of it is acknowledged) and starts a new session so that the broker redelivers it.
     * The queue must be emptied first: the client's callback thread may be blocked putting into a full queue, and the
     * client's disconnect waits for that callback — with nobody left to drain the queue it would never return.
     */
    private void restartSession() {
        restarting = true;
        dropQueued();
        client.reconnectForRedelivery(() -> {
            dropQueued(); // what the callback put while the old session ended
            restarting = false;
        });
        restarting = false;
    }

    private void dropQueued() {
        List<Parsed> dropped = new ArrayList<>();
        queue.drainTo(dropped);
        received.addAndGet(-dropped.size()); // counted again when redelivered
    }

    IngestStats stats() {
        return new IngestStats(received.get(), stored.get(), duplicates.get(), rejected.get(), acknowledged.get());
    }

    /**
     * Takes, commits, acknowledges — and survives anything a batch throws: the batch is not acknowledged, the session is
     * restarted so that the broker redelivers it. A writer that died would stall ingest for good while the node looked up.
     */
    private void writeLoop() {
        List<Parsed> batch = new ArrayList<>(config.batchSize());
        try {
            while (running) {
                try {
                    Parsed first = queue.poll(200, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                    queue.drainTo(batch, config.batchSize() - 1);
                    commit(batch);
                    batch.clear();
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) { // StoreException, SQLException and whatever a driver throws unchecked
                    log.warn("a batch of " + batch.size() + " readings could not be stored and will be redelivered: " + e);
                    batch.clear();
                    closeConnection();
                    try {
                        restartSession();
                    } catch (RuntimeException restart) {
                        log.warn("restarting the MQTT session after a failed batch: " + restart);
                    }
                }
            }
        } finally {
            closeConnection();
        }
    }

    private void commit(List<Parsed> batch) throws StoreException, SQLException {
        List<Reading> readings = new ArrayList<>(batch.size());
        List<ReadingWriter.Rejection> rejections = new ArrayList<>();
        int dropped = 0;
        for (Parsed m : batch) {
            switch (m.outcome()) {
                case ReadingParser.Accepted a -> {
                    switch (flood.check(a.reading())) {
                        case ADMIT -> readings.add(a.reading());
                        case FIRST_OVER -> rejections.add(rejection(m, "sensor " + a.reading().park() + "/" + a.reading().sensorId()
                                + " floods: more than " + flood.limit() + " readings stamped within the second "
                                + a.reading().time().getEpochSecond()
                                + "; the rest of that second is dropped and counted (maxReadingsPerSensorSecond)"));
                        case DROP -> dropped++;
                    }
                }
                case ReadingParser.Rejected r -> rejections.add(rejection(m, r.reason()));
            }
        }
        ReadingWriter.Written w = ReadingWriter.write(connection(), readings, rejections);
        stored.addAndGet(w.stored());
        duplicates.addAndGet(w.duplicates());
        rejected.addAndGet(w.rejected() + dropped);
        BrokerClient broker = client;
        for (Parsed m : batch) {
            try {
                broker.ack(m.id(), m.qos());
                acknowledged.incrementAndGet();
            } catch (Exception e) {
                // The connection dropped after the commit: the broker redelivers, the key makes it a duplicate.
            }
        }
        if (!w.storedReadings().isEmpty()) {
            List<Reading> fresh = List.copyOf(w.storedReadings());
            for (ReadingListener l : listeners) {
                try {
                    l.committed(fresh);
                } catch (RuntimeException e) {
                    log.warn("a reading listener failed: " + e);
                }
            }
        }
    }

    private static ReadingWriter.Rejection rejection(Parsed m, String reason) {
        return new ReadingWriter.Rejection(m.topic(), new String(m.payload(), StandardCharsets.UTF_8), reason,
                Instant.ofEpochMilli(m.receivedMillis()));
    }

    /** One pooled connection held by the writer across batches (returned when the writer stops or a batch fails). */
    private Connection connection() throws StoreException, SQLException {
        if (connection == null || connection.isClosed()) {
            connection = store.connection();
        }
        return connection;
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException | RuntimeException e) {
                log.warn("returning the writer's store connection: " + e);
            }
            connection = null;
        }
    }
}
