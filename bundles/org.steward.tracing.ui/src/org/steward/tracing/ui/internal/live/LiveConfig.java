package org.steward.tracing.ui.internal.live;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A workspace's {@code tracing/live.properties} (tracing contract item 2): at least {@code park} and
 * {@code network} (relative to the workspace), optionally {@code brokerUri}, {@code embeddedPort}, the simulator
 * keys and anything else the live service reads. All keys are kept for ConfigAdmin.
 */
public record LiveConfig(Path file, String park, Path network, String brokerUri, int embeddedPort, Map<String, String> properties) {
    public static final String FILE = "tracing/live.properties";
    public static final int DEFAULT_EMBEDDED_PORT = 18830;

    /** The workspace's live configuration, or empty when it has none. */
    public static Optional<LiveConfig> of(Path workspace) throws LiveFormatException {
        Path file = workspace.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new LiveFormatException(file + ": cannot be read: " + e.getMessage());
        }
        Map<String, String> all = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> all.put(k, p.getProperty(k).strip()));
        String park = all.getOrDefault("park", "");
        if (park.isEmpty() || park.contains("/") || park.contains("+") || park.contains("#")) {
            throw new LiveFormatException(file + ": \"park\" must be a name without / + # (e.g. park=demo), found \"" + park + "\"");
        }
        String networkText = all.getOrDefault("network", "");
        if (networkText.isEmpty()) {
            throw new LiveFormatException(file + ": \"network\" is missing: give the .inp path, relative to the workspace (e.g. network=tracing/demo-park.inp)");
        }
        Path network = workspace.resolve(networkText).toAbsolutePath().normalize();
        int port = DEFAULT_EMBEDDED_PORT;
        String portText = all.getOrDefault("embeddedPort", "");
        if (!portText.isEmpty()) {
            try {
                port = Integer.parseInt(portText);
            } catch (NumberFormatException e) {
                throw new LiveFormatException(file + ": \"embeddedPort\" is not a port number: " + portText);
            }
        }
        all.put("network", network.toString());
        return Optional.of(new LiveConfig(file, park, network, all.getOrDefault("brokerUri", ""), port, Map.copyOf(all)));
    }

    /** The broker to use when the live service does not say: {@code brokerUri}, else the embedded broker's address. */
    public String fallbackBroker() {
        return brokerUri.isEmpty() ? "tcp://127.0.0.1:" + embeddedPort : brokerUri;
    }
}
