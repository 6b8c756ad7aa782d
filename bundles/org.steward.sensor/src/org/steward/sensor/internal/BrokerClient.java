package org.steward.sensor.internal;

import java.util.Locale;

import org.steward.sensor.IngestConfig;
import org.steward.sensor.SensorIngest;

/**
 * The MQTT side of the ingest, whichever protocol version speaks it: a persistent session at QoS 1 with manual
 * acknowledgement. Messages go to a {@link Receiver}; the writer acknowledges them once their batch is committed.
 * One implementation per Paho client flavour ({@link PahoV3Client}, {@link PahoV5Client}); the write path is shared.
 */
interface BrokerClient {

    /** Where the client hands every message (on the client's callback thread; may block to push back). */
    interface Receiver {
        void message(String topic, byte[] payload, int id, int qos) throws InterruptedException;
    }

    /** Connection events worth a log line. */
    interface Events {
        void info(String message);

        void warn(String message);
    }

    /** Connects (and subscribes once connected), waiting at most {@code timeoutMillis}. */
    void connect(long timeoutMillis) throws Exception;

    /** Acknowledges one message; throws when the connection dropped (the broker then redelivers it). */
    void ack(int id, int qos) throws Exception;

    /**
     * Paho does not redeliver unacknowledged messages by itself; a new session start makes the broker do it.
     * {@code whileDisconnected} runs after the old session has ended and before the new one starts.
     */
    void reconnectForRedelivery(Runnable whileDisconnected);

    boolean connected();

    void close();

    /** One reconnect attempt of a Paho client; it may refuse (still disconnecting, already connecting, …). */
    interface Attempt {
        void run() throws Exception;
    }

    /**
     * Asks for a reconnect until the client is connected again, backing off to 2 s. A session ended on purpose turns
     * Paho's automatic reconnect off until a reconnect is accepted, so one refused attempt (the old session was still
     * ending, say) would leave the node disconnected for good. Once accepted, Paho itself retries a failing connect.
     * Ends early when the client is closed or the calling thread is interrupted (the interrupt is kept).
     */
    static void reconnectUntilConnected(Attempt reconnect, java.util.function.BooleanSupplier connected,
            java.util.function.BooleanSupplier closed, Events events) {
        long delay = 50;
        Exception last = null;
        int refused = 0;
        while (!connected.getAsBoolean() && !closed.getAsBoolean()) {
            try {
                reconnect.run();
            } catch (Exception e) {
                last = e; // connecting already, or not yet disconnected: look again after a pause
                if (++refused % 20 == 0) {
                    events.warn("still not reconnected after a failed batch (" + refused + " attempts): " + e.getMessage());
                }
            }
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            delay = Math.min(delay * 2, 2_000);
        }
        if (refused > 0 && connected.getAsBoolean()) {
            events.info("reconnected after " + refused + " refused attempts (last: " + (last == null ? "" : last.getMessage()) + ")");
        }
    }

    /** The client for the configured {@code mqttVersion}. */
    static BrokerClient create(IngestConfig cfg, Receiver receiver, Events events) throws Exception {
        String version = cfg.mqttVersion().trim().toLowerCase(Locale.ROOT);
        return switch (version) {
            case "3.1.1", "3", "" -> new PahoV3Client(cfg, receiver, events);
            case "5", "5.0" -> new PahoV5Client(cfg, receiver, events);
            default -> throw new IllegalArgumentException("mqttVersion '" + cfg.mqttVersion() + "' in the configuration "
                    + SensorIngest.PID + " is not supported: use 3.1.1 or 5");
        };
    }

    /** The password from the environment variable named by the configuration, if any. */
    static String secret(String envName) {
        if (envName.isEmpty()) {
            return null;
        }
        return System.getenv(envName);
    }

    /** Paho's SSL properties for a configured trust store (both client flavours read the same keys). */
    static java.util.Properties sslProperties(IngestConfig cfg) {
        if (cfg.trustStore().isEmpty()) {
            return null;
        }
        java.util.Properties ssl = new java.util.Properties();
        ssl.setProperty("com.ibm.ssl.trustStore", cfg.trustStore());
        String pw = secret(cfg.trustStorePasswordEnv());
        if (pw != null) {
            ssl.setProperty("com.ibm.ssl.trustStorePassword", pw);
        }
        return ssl;
    }
}
