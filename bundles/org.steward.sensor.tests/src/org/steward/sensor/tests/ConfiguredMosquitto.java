package org.steward.sensor.tests;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real mosquitto with a configuration the test writes (listeners on free loopback ports; the last one is awaited), for what
 * {@link org.steward.testing.Mosquitto} does not set up: passwords, TLS. It runs as the test's user: started as root,
 * mosquitto would switch to the user "mosquitto", which cannot read files in the test's private temporary folder.
 */
final class ConfiguredMosquitto implements AutoCloseable {
    private final Path log;
    private final int[] ports;
    private final Process process;

    /** {@code config}: the mosquitto.conf lines; {@code ports}: its listeners' ports, in order. */
    ConfiguredMosquitto(Path dir, String config, int... ports) throws Exception {
        this.ports = ports.clone();
        Files.createDirectories(dir);
        log = dir.resolve("mosquitto.log");
        Path conf = dir.resolve("mosquitto.conf");
        Files.writeString(conf, "user " + System.getProperty("user.name") + "\nmax_queued_messages 100000\nlog_dest stderr\n" + config);
        process = new ProcessBuilder("/usr/sbin/mosquitto", "-c", conf.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < end) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), ports[ports.length - 1])) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IOException("mosquitto did not listen within 10 s: " + log());
    }

    /** The URI of the listener at {@code index} (in the order given), e.g. {@code uri("ssl", 1)}. */
    String uri(String scheme, int index) {
        return scheme + "://127.0.0.1:" + ports[index];
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }
}
