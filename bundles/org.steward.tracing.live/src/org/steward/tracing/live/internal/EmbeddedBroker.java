package org.steward.tracing.live.internal;

import java.io.IOException;
import java.util.Properties;

import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;

/**
 * Moquette (MQTT 3.1.1, Apache-2.0) on 127.0.0.1 for a node or workbench that has no broker configured: in memory,
 * anonymous, loopback only, telemetry off. Good for the demo and one machine; use mosquitto or a clustered broker
 * for real sensors (persistence across broker restarts, MQTT 5, $share).
 */
public final class EmbeddedBroker implements AutoCloseable {
    private final Server server = new Server();
    private final int port;

    private EmbeddedBroker(int port) {
        this.port = port;
    }

    /** Starts the broker; fails with an IOException naming the port when it is taken. */
    public static EmbeddedBroker start(int port) throws IOException {
        Properties p = new Properties();
        p.setProperty("host", "127.0.0.1");
        p.setProperty("port", Integer.toString(port));
        p.setProperty("allow_anonymous", "true");
        p.setProperty("persistence_enabled", "false");
        p.setProperty("telemetry_enabled", "false");
        p.setProperty("netty.mqtt.message_size", "65536");
        // Moquette logs a failed bind and carries on; find out first, so the caller gets an error naming the port.
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new IOException("the embedded MQTT broker cannot listen on 127.0.0.1:" + port + " (" + e.getMessage()
                    + "): another broker or node uses it; set embeddedPort, or brokerUri to use that broker", e);
        }
        EmbeddedBroker b = new EmbeddedBroker(port);
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(Server.class.getClassLoader());
        try {
            b.server.startServer(new MemoryConfig(p));
        } catch (RuntimeException e) {
            b.server.stopServer();
            throw new IOException("the embedded MQTT broker cannot listen on 127.0.0.1:" + port + " (" + e
                    + "); set another embeddedPort or configure brokerUri", e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        return b;
    }

    public String uri() {
        return "tcp://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        server.stopServer();
    }
}
