package org.steward.sensor.internal;

import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.steward.sensor.IngestConfig;

/** MQTT 3.1.1 through Paho's v3 client: clean session off (the broker keeps the session), manual acks, QoS 1. */
final class PahoV3Client implements BrokerClient, MqttCallbackExtended {
    private final IngestConfig cfg;
    private final Receiver receiver;
    private final Events events;
    private final MqttAsyncClient client;
    /** Set when the broker has acknowledged the subscription of the current connection: only then does it deliver. */
    private volatile boolean subscribed;
    private volatile boolean closed;

    PahoV3Client(IngestConfig cfg, Receiver receiver, Events events) throws MqttException {
        this.cfg = cfg;
        this.receiver = receiver;
        this.events = events;
        // Paho's own persistence only buffers our outgoing messages; the broker keeps the subscription's queue.
        client = new MqttAsyncClient(cfg.brokerUri(), cfg.clientId(), new MemoryPersistence());
        client.setManualAcks(true);
        client.setCallback(this);
    }

    @Override
    public void connect(long timeoutMillis) throws MqttException {
        MqttConnectOptions o = new MqttConnectOptions();
        o.setCleanSession(false); // persistent session: the broker queues QoS 1 messages while we are away
        o.setAutomaticReconnect(true);
        o.setMaxInflight(cfg.maxInflight());
        o.setKeepAliveInterval(30);
        o.setMaxReconnectDelay(2_000);
        if (!cfg.username().isEmpty()) {
            o.setUserName(cfg.username());
        }
        String secret = BrokerClient.secret(cfg.passwordEnv());
        if (secret != null) {
            o.setPassword(secret.toCharArray());
        }
        var ssl = BrokerClient.sslProperties(cfg);
        if (ssl != null) {
            o.setSSLProperties(ssl);
        }
        client.connect(o).waitForCompletion(timeoutMillis);
    }

    @Override
    public void connectComplete(boolean reconnect, String serverURI) {
        subscribed = false;
        try {
            client.subscribe(cfg.topicFilter(), 1, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    subscribed = true;
                    events.info((reconnect ? "reconnected to " : "connected to ") + serverURI + " (MQTT 3.1.1), subscribed to " + cfg.topicFilter());
                }

                @Override
                public void onFailure(IMqttToken token, Throwable e) {
                    events.warn("cannot subscribe to " + cfg.topicFilter() + ": " + e);
                }
            });
        } catch (MqttException e) {
            events.warn("cannot subscribe to " + cfg.topicFilter() + ": " + e.getMessage());
        }
    }

    @Override
    public void connectionLost(Throwable cause) {
        subscribed = false;
        events.warn("connection to " + cfg.brokerUri() + " lost (" + cause + "); reconnecting");
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) throws InterruptedException {
        receiver.message(topic, message.getPayload(), message.getId(), message.getQos());
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {
        // we publish nothing here
    }

    @Override
    public void ack(int id, int qos) throws MqttException {
        client.messageArrivedComplete(id, qos);
    }

    @Override
    public void reconnectForRedelivery(Runnable whileDisconnected) {
        try {
            client.disconnect().waitForCompletion(10_000);
        } catch (MqttException e) {
            events.warn("ending the session after a failed batch: " + e.getMessage() + "; reconnecting anyway");
        }
        whileDisconnected.run();
        BrokerClient.reconnectUntilConnected(client::reconnect, client::isConnected, () -> closed, events);
    }

    @Override
    public boolean connected() {
        return client.isConnected() && subscribed;
    }

    @Override
    public void close() {
        closed = true;
        try {
            if (client.isConnected()) {
                client.disconnect().waitForCompletion(5_000);
            }
            client.close(true);
        } catch (MqttException e) {
            events.warn("closing the MQTT client: " + e.getMessage());
        }
    }
}
