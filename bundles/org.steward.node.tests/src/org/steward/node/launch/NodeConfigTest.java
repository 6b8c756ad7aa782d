package org.steward.node.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Which conf/ configurations only serve applies (one-shot commands must not start the ingest or live tracing). */
class NodeConfigTest {
    private static final Path HOME = Path.of("/opt/steward-node");

    @Test
    void aNodePropertiesFileWithoutTheKeyStillKeepsIngestAndLiveTracingToServe() {
        assertEquals(List.of("org.steward.sensor.ingest", "org.steward.tracing.live"), config(Map.of()).serveOnlyConfigurations());
    }

    @Test
    void theKeyListsPidsSeparatedByCommasAndAnEmptyValueMeansNone() {
        assertEquals(List.of("a.b", "c.d"), config(Map.of(NodeConfig.SERVE_ONLY_CONFIGURATIONS, " a.b , c.d ,")).serveOnlyConfigurations());
        assertEquals(List.of(), config(Map.of(NodeConfig.SERVE_ONLY_CONFIGURATIONS, "")).serveOnlyConfigurations());
    }

    private static NodeConfig config(Map<String, String> properties) {
        return new NodeConfig(HOME, HOME.resolve("run"), properties);
    }
}
