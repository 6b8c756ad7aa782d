package org.steward.tracing.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.steward.tracing.live.internal.EmbeddedBroker;
import org.steward.testing.Mosquitto;
import org.steward.testing.MqttPublisher;

/** The embedded Moquette broker runs inside OSGi and carries QoS 1 messages on loopback. */
class EmbeddedBrokerTest {
    @Test
    void carriesQos1MessagesOnLoopback() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(Mosquitto.freePort());
             MqttPublisher sub = new MqttPublisher(broker.uri()).subscribe("steward/p/+/+");
             MqttPublisher pub = new MqttPublisher(broker.uri())) {
            for (int i = 0; i < 200; i++) {
                pub.publish("steward/p/S" + (i % 4) + "/cod", "{\"value\":" + i + "}");
            }
            Fixtures.await("200 messages through the embedded broker", () -> sub.received().size() == 200, 20);
            assertTrue(sub.received().contains("{\"value\":199}"));
            assertEquals("tcp://127.0.0.1:", broker.uri().substring(0, 16));
        }
    }

    @Test
    void aTakenPortIsReportedWithItsNumber() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            IOException e = assertThrows(IOException.class, () -> EmbeddedBroker.start(taken.getLocalPort()).close());
            assertTrue(e.getMessage().contains(Integer.toString(taken.getLocalPort())), e.getMessage());
        }
    }
}
