package org.steward.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * A plain MQTT 3.1.1 client (Paho {@code mqttv3}, synchronous: a QoS 1 publish returns once the broker has
 * acknowledged it) that publishes as a sensor does, for tests against a real broker such as {@link Mosquitto}. The
 * publisher's protocol version does not matter to subscribers of either version. It can also collect what arrives on a
 * topic filter, for tests that watch what a component publishes.
 */
public final class MqttPublisher implements AutoCloseable {
    /** Paho's default of 10 messages in flight fails a fast publisher with error 32202. */
    private static final int MAX_INFLIGHT = 1000;

    private final MqttClient client;
    private final List<String> received = Collections.synchronizedList(new ArrayList<>());

    /** Connects anonymously to {@code uri} ({@code tcp://host:port}). */
    public MqttPublisher(String uri) throws IOException {
        this(uri, "", "");
    }

    /** Connects to {@code uri} with a user name and password (none when {@code user} is empty). */
    public MqttPublisher(String uri, String user, String password) throws IOException {
        try {
            client = new MqttClient(uri, "test-pub-" + System.nanoTime(), new MemoryPersistence());
            MqttConnectOptions o = new MqttConnectOptions();
            o.setMaxInflight(MAX_INFLIGHT);
            if (!user.isEmpty()) {
                o.setUserName(user);
                o.setPassword(password.toCharArray());
            }
            client.connect(o);
        } catch (MqttException e) {
            throw new IOException("cannot connect a test publisher to " + uri + ": " + e.getMessage(), e);
        }
    }

    /** Publishes a UTF-8 payload at QoS 1. */
    public void publish(String topic, String payload) throws IOException {
        publish(topic, payload, 1);
    }

    public void publish(String topic, String payload, int qos) throws IOException {
        publish(topic, payload.getBytes(StandardCharsets.UTF_8), qos);
    }

    /**
     * Publishes and, at QoS 1 or 2, returns once the broker has acknowledged. Paho counts a message in flight until its
     * callback thread has handled the acknowledgement, which can lag far behind on a loaded machine (error 32202, "too
     * many publishes in progress", seen with 1,000 allowed in flight): then it waits a little and tries again.
     */
    public void publish(String topic, byte[] payload, int qos) throws IOException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            MqttMessage m = new MqttMessage(payload);
            m.setQos(qos);
            try {
                client.publish(topic, m);
                return;
            } catch (MqttException e) {
                if (e.getReasonCode() != MqttException.REASON_CODE_MAX_INFLIGHT || System.nanoTime() > end) {
                    throw new IOException("cannot publish to " + topic + ": " + e.getMessage(), e);
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while publishing to " + topic, e);
            }
        }
    }

    /** Publishes {@code count} UTF-8 messages at QoS 1, message {@code i} with {@code topic.apply(i)} and {@code payload.apply(i)}. */
    public void publishAll(int count, IntFunction<String> topic, IntFunction<String> payload) throws IOException {
        for (int i = 0; i < count; i++) {
            publish(topic.apply(i), payload.apply(i), 1);
        }
    }

    /** Also subscribes to {@code filter} at QoS 1: the UTF-8 payloads that arrive are collected in {@link #received()}. */
    public MqttPublisher subscribe(String filter) throws IOException {
        try {
            client.subscribe(filter, 1, (topic, m) -> received.add(new String(m.getPayload(), StandardCharsets.UTF_8)));
        } catch (MqttException e) {
            throw new IOException("cannot subscribe to " + filter + ": " + e.getMessage(), e);
        }
        return this;
    }

    /** The payloads received on the subscriptions so far, in arrival order (a live list, safe to read from any thread). */
    public List<String> received() {
        return received;
    }

    @Override
    public void close() throws IOException {
        try {
            client.disconnect();
            client.close();
        } catch (MqttException e) {
            throw new IOException("closing the test publisher: " + e.getMessage(), e);
        }
    }
}
