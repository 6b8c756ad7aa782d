package org.steward.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real mosquitto broker (Debian package {@code mosquitto}) started by a test on a free loopback port, with on-disk
 * persistence so a restart keeps sessions. Used by the sensor and partner tests.
 */
public final class Mosquitto implements AutoCloseable {
    private static final Path BINARY = Path.of("/usr/sbin/mosquitto");
    private final Path config;
    private final int port;
    private Process process;

    public Mosquitto(Path dir) throws IOException {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException("mosquitto is not installed: run releng/scripts/install-deps.sh (apt-get install mosquitto)");
        }
        port = freePort();
        Files.createDirectories(dir.resolve("data"));
        config = dir.resolve("mosquitto.conf");
        Files.writeString(config, "listener " + port + " 127.0.0.1\nallow_anonymous true\npersistence true\npersistence_location "
                + dir.resolve("data") + "/\nmax_queued_messages 1000000\nmax_inflight_messages 0\nlog_dest stderr\nlog_type all\n");
        start();
    }

    public void start() throws IOException {
        process = new ProcessBuilder(BINARY.toString(), "-c", config.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(config.resolveSibling("mosquitto.log").toFile())).start();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < end) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        throw new IOException("mosquitto did not listen on 127.0.0.1:" + port + " within 10 s; see " + config.resolveSibling("mosquitto.log"));
    }

    /** SIGTERM: mosquitto saves its persistence file and exits. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    public String log() {
        try {
            String all = Files.readString(config.resolveSibling("mosquitto.log"));
            return all.length() > 3000 ? all.substring(all.length() - 3000) : all;
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Every line of the broker's log so far (it logs every packet: {@code log_type all}). */
    public java.util.List<String> logLines() throws IOException {
        return Files.readAllLines(config.resolveSibling("mosquitto.log"));
    }

    /** Log lines that mention {@code text}, without the per-message PUBLISH/PUBACK/PUBREC lines (at most 40). */
    public String log(String text) {
        try {
            return String.join("\n", Files.readAllLines(config.resolveSibling("mosquitto.log")).stream()
                    .filter(l -> l.contains(text))
                    .filter(l -> !l.contains("PUBLISH") && !l.contains("PUBACK") && !l.contains("PUBREC")).limit(40).toList());
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** A free TCP port on the loopback interface (for another broker, e.g. an embedded one). */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    public String uri() {
        return "tcp://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
