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
import org.steward.sensor.SensorIngest;
import org.steward.store.Store;
import org.steward.store.StoreException;

/**
 * The write path shared by both MQTT flavours, as a pipeline: the client's callback thread parses and validates each
 * message ({@link #message}) and puts the outcome on the bounded queue of one of the writer threads — always the same
 * one for a sensor, so a sensor's readings stay in order and its flood bound holds (a full queue blocks the callback,
 * which pushes back on a flooding publisher instead of filling the heap). Each writer takes what is queued, applies
 * the flood bound, commits it as one batch on its own store connection and only then acknowledges the batch's
 * messages to the broker — through the {@link AckSequencer}, in the order they arrived. A batch that cannot be stored
 * is not acknowledged: the client starts a new session and the broker redelivers it.
 */
final class IngestPipeline implements BrokerClient.Receiver {

    /** A parsed message waiting for its batch; {@code receivedMillis} is when it arrived (for rejections). */
    private record Parsed(AckSequencer.Ticket ticket, String topic, byte[] payload, ReadingParser.Outcome outcome,
            long receivedMillis) {
    }

    private final IngestConfig config;
    private final Store store;
    private final List<ReadingListener> listeners;
    private final BrokerClient.Events log;
    private final Writer[] writers;
    private final AckSequencer acks = new AckSequencer();
    /** Listeners see one batch at a time, whichever writer committed it. */
    private final Object listening = new Object();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong acknowledged = new AtomicLong();
    private volatile BrokerClient client;
    private volatile boolean running;
    private volatile boolean loggedMultiRow; // said once, not after every reconnect
    /** While a writer restarts the session, arriving messages are not queued: the new session redelivers them. */
    private volatile boolean restarting;

    IngestPipeline(IngestConfig config, Store store, List<ReadingListener> listeners, BrokerClient.Events log) {
        this.config = config;
        this.store = store;
        this.listeners = listeners;
        this.log = log;
        int count = config.writers();
        if (count < 1 || count > 16) {
            throw new IllegalArgumentException("writers=" + count + " in the ingest configuration (" + SensorIngest.PID
                    + ") must be between 1 and 16 (default 1)");
        }
        int capacity = Math.max(config.batchSize(), Math.max(config.maxInflight(), config.batchSize()) * 2 / count);
        this.writers = new Writer[count];
        for (int i = 0; i < count; i++) {
            writers[i] = new Writer(i, capacity);
        }
    }

    /** Starts the writers, which acknowledge through {@code broker}. */
    void start(BrokerClient broker) {
        this.client = broker;
        running = true;
        for (Writer w : writers) {
            w.start();
        }
    }

    void stop() {
        running = false;
        for (Writer w : writers) {
            w.stop();
        }
    }

    /** Called on the MQTT client's callback thread: parse here, so the writers only write. */
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
        writerFor(outcome, topic).queue.put(new Parsed(acks.register(id, qos), topic, payload, outcome, now));
    }

    /** A sensor's writer; with one writer (the default) no key is built for every message. */
    private Writer writerFor(ReadingParser.Outcome outcome, String topic) {
        if (writers.length == 1) {
            return writers[0];
        }
        String key = outcome instanceof ReadingParser.Accepted a ? ReadingWriter.sensorKey(a.reading()) : topic;
        return writers[Math.floorMod(key.hashCode(), writers.length)];
    }

    /**
     * Drops what is queued (none of it is acknowledged) and starts a new session so that the broker redelivers it.
     * The queues must be emptied first: the client's callback thread may be blocked putting into a full queue, and the
     * client's disconnect waits for that callback — with nobody left to drain the queue it would never return. One
     * restart at a time: a second failing writer waits and restarts again, which costs only a reconnect.
     */
    private synchronized void restartSession() {
        restarting = true;
        dropQueued();
        client.reconnectForRedelivery(() -> {
            dropQueued(); // what the callback put while the old session ended
            restarting = false;
        });
        restarting = false;
    }

    private void dropQueued() {
        acks.clear(); // a batch still being committed by another writer is not acknowledged: redelivered, a duplicate
        for (Writer w : writers) {
            List<Parsed> dropped = new ArrayList<>();
            w.queue.drainTo(dropped);
            received.addAndGet(-dropped.size()); // counted again when redelivered
        }
    }

    IngestStats stats() {
        return new IngestStats(received.get(), stored.get(), duplicates.get(), rejected.get(), acknowledged.get());
    }

    private void acknowledge(AckSequencer.Ticket t) {
        try {
            client.ack(t.id, t.qos);
            acknowledged.incrementAndGet();
        } catch (Exception e) {
            // The connection dropped after the commit: the broker redelivers, the key makes it a duplicate.
        }
    }

    private void tellListeners(List<Reading> fresh) {
        synchronized (listening) {
            for (ReadingListener l : listeners) {
                try {
                    l.committed(fresh);
                } catch (RuntimeException e) {
                    log.warn("a reading listener failed: " + e);
                }
            }
        }
    }

    /** One writer thread with its queue, its store connection and the flood bound of its sensors. */
    private final class Writer {
        final BlockingQueue<Parsed> queue;
        private final FloodGuard flood = new FloodGuard(config.maxReadingsPerSensorSecond());
        private final Thread thread;
        private Connection connection; // kept across batches; this writer's thread only
        private boolean packed; // whether the connection takes packed batches (PackedReadings)

        Writer(int index, int capacity) {
            this.queue = new ArrayBlockingQueue<>(capacity);
            this.thread = new Thread(this::writeLoop, "steward-sensor-writer-" + index);
            thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        void stop() {
            thread.interrupt();
        }

        /**
         * Takes, commits, acknowledges — and survives anything a batch throws: the batch is not acknowledged, the
         * session is restarted so that the broker redelivers it. A writer that died would stall its sensors for good
         * while the node looked up.
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
            List<AckSequencer.Ticket> tickets = new ArrayList<>(batch.size());
            int dropped = 0;
            for (Parsed m : batch) {
                tickets.add(m.ticket());
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
            Connection c = connection();
            ReadingWriter.Written w = ReadingWriter.write(c, packed, readings, rejections);
            stored.addAndGet(w.stored());
            duplicates.addAndGet(w.duplicates());
            rejected.addAndGet(w.rejected() + dropped);
            acks.committed(tickets, IngestPipeline.this::acknowledge);
            if (!w.storedReadings().isEmpty()) {
                tellListeners(List.copyOf(w.storedReadings()));
            }
        }

        /** One pooled connection held across batches (returned when the writer stops or a batch fails). */
        private Connection connection() throws StoreException, SQLException {
            if (connection == null || connection.isClosed()) {
                connection = store.connection();
                PackedReadings.Availability a = PackedReadings.check(connection);
                packed = a.packed();
                if (!packed && !loggedMultiRow) {
                    loggedMultiRow = true;
                    log.info("readings are stored with multi-row INSERTs: " + a.reason());
                }
            }
            return connection;
        }

        private void closeConnection() {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException | RuntimeException e) {
                    log.warn("returning a writer's store connection: " + e);
                }
                connection = null;
            }
        }
    }

    private static ReadingWriter.Rejection rejection(Parsed m, String reason) {
        return new ReadingWriter.Rejection(m.topic(), new String(m.payload(), StandardCharsets.UTF_8), reason,
                Instant.ofEpochMilli(m.receivedMillis()));
    }
}
