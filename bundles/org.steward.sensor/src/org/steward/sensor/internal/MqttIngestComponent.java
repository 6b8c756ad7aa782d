package org.steward.sensor.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.steward.sensor.IngestConfig;
import org.steward.sensor.IngestStats;
import org.steward.sensor.Reading;
import org.steward.sensor.ReadingListener;
import org.steward.sensor.ReadingParser;
import org.steward.sensor.SensorIngest;
import org.steward.store.Store;
import org.steward.store.StoreException;

/**
 * MQTT → store. Paho delivers messages with manual acknowledgement; a writer thread commits them in batches and
 * only then acknowledges, so the broker redelivers whatever was not committed when the node died. A bounded
 * queue pushes back on a flooding publisher instead of filling the heap.
 */
@Component(service = SensorIngest.class, configurationPid = SensorIngest.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        immediate = true) // ingest as soon as configured, not when someone first asks for the service
public class MqttIngestComponent implements SensorIngest, MqttCallbackExtended {

    private record Incoming(int id, int qos, String topic, byte[] payload, Instant receivedAt) {
    }

    @Reference
    private Store store;

    @Reference(service = LoggerFactory.class, cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Logger logger;

    private final List<ReadingListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong acknowledged = new AtomicLong();
    private BlockingQueue<Incoming> queue;
    private MqttAsyncClient client;
    private IngestConfig config;
    private Thread writer;
    private volatile boolean running;
    private FloodGuard flood;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(ReadingListener listener) {
        listeners.add(listener);
    }

    void removeListener(ReadingListener listener) {
        listeners.remove(listener);
    }

    @Activate
    void activate(IngestConfig cfg) throws MqttException {
        this.config = cfg;
        this.flood = new FloodGuard(cfg.maxReadingsPerSensorSecond());
        this.queue = new ArrayBlockingQueue<>(Math.max(cfg.maxInflight(), cfg.batchSize()) * 2);
        // Paho's own persistence only buffers our outgoing messages; the broker keeps the subscription's queue.
        client = new MqttAsyncClient(cfg.brokerUri(), cfg.clientId(), new MemoryPersistence());
        client.setManualAcks(true);
        client.setCallback(this);
        running = true;
        writer = new Thread(this::writeLoop, "steward-sensor-writer");
        writer.setDaemon(true);
        writer.start();
        client.connect(options(cfg)).waitForCompletion(30_000);
    }

    private static MqttConnectOptions options(IngestConfig cfg) {
        MqttConnectOptions o = new MqttConnectOptions();
        o.setCleanSession(false); // persistent session: the broker queues QoS 1 messages while we are away
        o.setAutomaticReconnect(true);
        o.setMaxInflight(cfg.maxInflight());
        o.setKeepAliveInterval(30);
        o.setMaxReconnectDelay(2_000);
        if (!cfg.username().isEmpty()) {
            o.setUserName(cfg.username());
        }
        if (!cfg.passwordEnv().isEmpty()) {
            String secret = System.getenv(cfg.passwordEnv());
            if (secret != null) {
                o.setPassword(secret.toCharArray());
            }
        }
        if (!cfg.trustStore().isEmpty()) {
            java.util.Properties ssl = new java.util.Properties();
            ssl.setProperty("com.ibm.ssl.trustStore", cfg.trustStore());
            String pw = cfg.trustStorePasswordEnv().isEmpty() ? null : System.getenv(cfg.trustStorePasswordEnv());
            if (pw != null) {
                ssl.setProperty("com.ibm.ssl.trustStorePassword", pw);
            }
            o.setSSLProperties(ssl);
        }
        return o;
    }

    @Deactivate
    void deactivate() {
        running = false;
        try {
            if (client.isConnected()) {
                client.disconnect().waitForCompletion(5_000);
            }
            client.close(true);
        } catch (MqttException e) {
            warn("closing the MQTT client: " + e.getMessage());
        }
        writer.interrupt();
    }

    @Override
    public void connectComplete(boolean reconnect, String serverURI) {
        try {
            client.subscribe(config.topicFilter(), 1);
            info((reconnect ? "reconnected to " : "connected to ") + serverURI + ", subscribed to " + config.topicFilter());
        } catch (MqttException e) {
            warn("cannot subscribe to " + config.topicFilter() + ": " + e.getMessage());
        }
    }

    @Override
    public void connectionLost(Throwable cause) {
        warn("connection to " + config.brokerUri() + " lost (" + cause + "); reconnecting");
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) throws InterruptedException {
        received.incrementAndGet();
        queue.put(new Incoming(message.getId(), message.getQos(), topic, message.getPayload(), Instant.now()));
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {
        // we publish nothing here
    }

    private void writeLoop() {
        List<Incoming> batch = new ArrayList<>(config.batchSize());
        while (running) {
            try {
                Incoming first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, config.batchSize() - 1);
                commit(batch);
                batch.clear();
            } catch (InterruptedException e) {
                return;
            } catch (StoreException | SQLException | RuntimeException e) {
                // Not acknowledged: the broker redelivers the batch after a reconnect; keep the node up.
                warn("a batch of " + batch.size() + " readings could not be stored and will be redelivered: " + e.getMessage());
                batch.clear();
                reconnectForRedelivery();
            }
        }
    }

    private void commit(List<Incoming> batch) throws StoreException, SQLException {
        List<org.steward.sensor.Reading> readings = new ArrayList<>(batch.size());
        List<ReadingWriter.Rejection> rejections = new ArrayList<>();
        Instant now = Instant.now();
        int dropped = 0;
        for (Incoming m : batch) {
            switch (ReadingParser.parse(m.topic(), m.payload(), now)) {
                case ReadingParser.Accepted a -> {
                    switch (flood.check(a.reading())) {
                        case ADMIT -> readings.add(a.reading());
                        case FIRST_OVER -> rejections.add(new ReadingWriter.Rejection(m.topic(),
                                new String(m.payload(), StandardCharsets.UTF_8), "sensor " + a.reading().park() + "/"
                                        + a.reading().sensorId() + " floods: more than " + flood.limit()
                                        + " readings stamped within the second " + a.reading().time().getEpochSecond()
                                        + "; the rest of that second is dropped and counted (maxReadingsPerSensorSecond)",
                                m.receivedAt()));
                        case DROP -> dropped++;
                    }
                }
                case ReadingParser.Rejected r -> rejections.add(new ReadingWriter.Rejection(m.topic(),
                        new String(m.payload(), StandardCharsets.UTF_8), r.reason(), m.receivedAt()));
            }
        }
        ReadingWriter.Written w;
        try (Connection c = store.connection()) {
            w = ReadingWriter.write(c, readings, rejections);
        }
        stored.addAndGet(w.stored());
        duplicates.addAndGet(w.duplicates());
        rejected.addAndGet(w.rejected() + dropped);
        for (Incoming m : batch) {
            try {
                client.messageArrivedComplete(m.id(), m.qos());
                acknowledged.incrementAndGet();
            } catch (MqttException e) {
                // The connection dropped after the commit: the broker redelivers, the key makes it a duplicate.
            }
        }
        if (!w.storedReadings().isEmpty()) {
            List<Reading> fresh = List.copyOf(w.storedReadings());
            for (ReadingListener l : listeners) {
                try {
                    l.committed(fresh);
                } catch (RuntimeException e) {
                    warn("a reading listener failed: " + e);
                }
            }
        }
    }

    /** Paho does not redeliver unacknowledged messages by itself; a new session start makes the broker do it. */
    private void reconnectForRedelivery() {
        try {
            client.disconnect().waitForCompletion(5_000);
            client.reconnect();
        } catch (MqttException e) {
            warn("reconnect after a failed batch: " + e.getMessage());
        }
    }

    @Override
    public IngestStats stats() {
        return new IngestStats(received.get(), stored.get(), duplicates.get(), rejected.get(), acknowledged.get());
    }

    @Override
    public boolean connected() {
        return client != null && client.isConnected();
    }

    private void info(String message) {
        Logger l = logger;
        if (l != null) {
            l.info(message);
        }
    }

    private void warn(String message) {
        Logger l = logger;
        if (l != null) {
            l.warn(message);
        } else {
            System.getLogger(SensorIngest.PID).log(System.Logger.Level.WARNING, message);
        }
    }
}
