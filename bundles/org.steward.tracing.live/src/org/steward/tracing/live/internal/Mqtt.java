package org.steward.tracing.live.internal;

import org.eclipse.paho.client.mqttv3.DisconnectedBufferOptions;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/** A publishing MQTT client (alerts, simulator): clean session, automatic reconnect, buffers while disconnected. */
public final class Mqtt implements AutoCloseable {
    private final MqttAsyncClient client;

    public Mqtt(String uri, String clientId, String username, String passwordEnv, int maxInflight) throws MqttException {
        client = new MqttAsyncClient(uri, clientId, new MemoryPersistence());
        MqttConnectOptions o = new MqttConnectOptions();
        o.setCleanSession(true);
        o.setAutomaticReconnect(true);
        o.setMaxReconnectDelay(2_000);
        o.setMaxInflight(maxInflight);
        if (!username.isEmpty()) {
            o.setUserName(username);
        }
        if (!passwordEnv.isEmpty() && System.getenv(passwordEnv) != null) {
            o.setPassword(System.getenv(passwordEnv).toCharArray());
        }
        DisconnectedBufferOptions b = new DisconnectedBufferOptions();
        b.setBufferEnabled(true);
        b.setBufferSize(10_000);
        b.setDeleteOldestMessages(true);
        client.setBufferOpts(b);
        client.connect(o).waitForCompletion(30_000);
    }

    /** QoS 1, not retained; waits until the broker has it when {@code wait}, else only for room in flight. */
    public void publish(String topic, byte[] payload, boolean wait) throws MqttException {
        MqttMessage m = new MqttMessage(payload);
        m.setQos(1);
        m.setRetained(false);
        while (true) {
            try {
                var token = client.publish(topic, m);
                if (wait) {
                    token.waitForCompletion(30_000);
                }
                return;
            } catch (MqttException e) {
                if (e.getReasonCode() != MqttException.REASON_CODE_MAX_INFLIGHT) {
                    throw e;
                }
                try {
                    Thread.sleep(1);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    public boolean connected() {
        return client.isConnected();
    }

    @Override
    public void close() {
        try {
            if (client.isConnected()) {
                client.disconnect().waitForCompletion(5_000);
            }
            client.close(true);
        } catch (MqttException e) {
            // closing anyway
        }
    }
}
