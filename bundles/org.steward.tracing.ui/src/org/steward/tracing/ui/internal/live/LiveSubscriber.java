package org.steward.tracing.ui.internal.live;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Consumer;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * Watches one park on a broker: subscribes to {@code steward/<park>/#} (readings and alerts, docs/sensor.md and
 * the tracing contract) with a clean session — the workbench only shows what arrives while it is open; the node
 * stores everything — and feeds a {@link LiveState}. Reconnects by itself after a broker restart.
 */
public final class LiveSubscriber implements AutoCloseable {
    private final MqttClient client;
    private final String park;
    private final LiveState state;
    private final Consumer<String> status;

    private LiveSubscriber(MqttClient client, String park, LiveState state, Consumer<String> status) {
        this.client = client;
        this.park = park;
        this.state = state;
        this.status = status;
    }

    /**
     * Connects and subscribes.
     *
     * @param status told about connection losses and reconnects (any thread)
     */
    public static LiveSubscriber connect(String brokerUri, String park, LiveState state, Consumer<String> status) throws MqttException {
        MqttClient client = new MqttClient(brokerUri, "steward-workbench-" + UUID.randomUUID().toString().substring(0, 8), new MemoryPersistence());
        LiveSubscriber s = new LiveSubscriber(client, park, state, status);
        client.setCallback(s.new Callback());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        options.setAutomaticReconnect(true);
        options.setConnectionTimeout(5);
        options.setKeepAliveInterval(30);
        options.setMaxInflight(1000);
        client.connect(options);
        s.subscribe();
        return s;
    }

    private void subscribe() throws MqttException {
        client.subscribe("steward/" + park + "/#", 1);
    }

    public boolean connected() {
        return client.isConnected();
    }

    /** Routes one message: {@code steward/<park>/alerts} is an alert, four levels are a reading. */
    void handle(String topic, byte[] payload) {
        String text = new String(payload, StandardCharsets.UTF_8);
        try {
            if (topic.equals("steward/" + park + "/alerts")) {
                state.accept(Alert.parse(text));
            } else if (topic.split("/", -1).length == 4) {
                state.accept(Sample.parse(topic, text));
            }
        } catch (LiveFormatException e) {
            state.reject(e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            if (client.isConnected()) {
                client.disconnect(2_000);
            }
        } catch (MqttException e) {
            // closing anyway
        }
        try {
            client.close(true);
        } catch (MqttException e) {
            // nothing more to release
        }
    }

    private final class Callback implements MqttCallbackExtended {
        @Override
        public void connectComplete(boolean reconnect, String serverURI) {
            if (reconnect) {
                try {
                    subscribe(); // a clean session forgets the subscription
                    status.accept("reconnected");
                } catch (MqttException e) {
                    status.accept("resubscribe failed: " + e.getMessage());
                }
            }
        }

        @Override
        public void connectionLost(Throwable cause) {
            status.accept("connection lost: " + cause.getMessage());
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            handle(topic, message.getPayload());
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
            // only subscribing
        }
    }
}
