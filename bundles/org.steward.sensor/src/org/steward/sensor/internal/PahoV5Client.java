package org.steward.sensor.internal;

import java.nio.charset.StandardCharsets;

import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.steward.sensor.IngestConfig;

/**
 * MQTT 5 through Paho's v5 client: clean start off with a session expiry interval (the broker keeps the session and
 * queues QoS 1 messages while the node is away), manual acks, QoS 1, receive maximum = {@code maxInflight}. Shared
 * subscriptions ({@code $share/<group>/…}) are part of MQTT 5.
 */
final class PahoV5Client implements BrokerClient, MqttCallback {
    private final IngestConfig cfg;
    private final Receiver receiver;
    private final Events events;
    private final MqttAsyncClient client;
    /** Set when the broker has acknowledged the subscription of the current connection: only then does it deliver. */
    private volatile boolean subscribed;
    private volatile boolean closed;

    PahoV5Client(IngestConfig cfg, Receiver receiver, Events events) throws MqttException {
        this.cfg = cfg;
        this.receiver = receiver;
        this.events = events;
        client = new MqttAsyncClient(cfg.brokerUri(), cfg.clientId(), new MemoryPersistence());
        client.setManualAcks(true);
        client.setCallback(this);
    }

    @Override
    public void connect(long timeoutMillis) throws MqttException {
        MqttConnectionOptions o = new MqttConnectionOptions();
        o.setCleanStart(false);
        o.setSessionExpiryInterval(cfg.sessionExpirySeconds());
        o.setAutomaticReconnect(true);
        o.setAutomaticReconnectDelay(1, 2);
        o.setReceiveMaximum(Math.max(1, Math.min(cfg.maxInflight(), 65_535)));
        o.setKeepAliveInterval(30);
        if (!cfg.username().isEmpty()) {
            o.setUserName(cfg.username());
        }
        String secret = BrokerClient.secret(cfg.passwordEnv());
        if (secret != null) {
            o.setPassword(secret.getBytes(StandardCharsets.UTF_8));
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
            client.subscribe(new MqttSubscription[] {new MqttSubscription(cfg.topicFilter(), 1)}, null, new MqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    subscribed = true;
                    events.info((reconnect ? "reconnected to " : "connected to ") + serverURI + " (MQTT 5), subscribed to " + cfg.topicFilter());
                }

                @Override
                public void onFailure(IMqttToken token, Throwable e) {
                    events.warn("cannot subscribe to " + cfg.topicFilter() + ": " + e);
                }
            }, new MqttProperties());
        } catch (MqttException e) {
            events.warn("cannot subscribe to " + cfg.topicFilter() + ": " + e.getMessage());
        }
    }

    @Override
    public void disconnected(MqttDisconnectResponse response) {
        subscribed = false;
        events.warn("connection to " + cfg.brokerUri() + " lost (" + response + "); reconnecting");
    }

    @Override
    public void mqttErrorOccurred(MqttException exception) {
        events.warn("MQTT error from " + cfg.brokerUri() + ": " + exception.getMessage());
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) throws InterruptedException {
        receiver.message(topic, message.getPayload(), message.getId(), message.getQos());
    }

    @Override
    public void deliveryComplete(IMqttToken token) {
        // we publish nothing here
    }

    @Override
    public void authPacketArrived(int reasonCode, MqttProperties properties) {
        // no enhanced authentication
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
