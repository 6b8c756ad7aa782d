package org.steward.node.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The node's conf/ folder: each {@code <pid>.cfg} is one configuration; secrets are refused. */
class ConfigFilesTest {

    @TempDir
    Path dir;

    @Test
    void eachCfgFileIsAPidWithItsTrimmedProperties() throws Exception {
        Files.writeString(dir.resolve("org.steward.store.cfg"), "# comment\nmode = postgresql\nport=5432 \npasswordEnv=STEWARD_DB_PASSWORD\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("node.properties"), "not=a configuration\n", StandardCharsets.UTF_8);
        List<ConfigFiles.Entry> entries = ConfigFiles.read(dir);
        assertEquals(1, entries.size());
        assertEquals("org.steward.store", entries.get(0).pid());
        assertEquals(Map.of("mode", "postgresql", "port", "5432", "passwordEnv", "STEWARD_DB_PASSWORD"), entries.get(0).properties());
        assertEquals(List.of(), ConfigFiles.read(dir.resolve("missing")), "no folder, no configurations");
    }

    @Test
    void aKeyThatLooksLikeASecretIsRefusedNamingFileAndKey() throws Exception {
        Files.writeString(dir.resolve("org.steward.store.cfg"), "mode=postgresql\ndbPassword=hunter2\n", StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> ConfigFiles.read(dir));
        assertTrue(e.getMessage().contains("org.steward.store.cfg") && e.getMessage().contains("'dbPassword'"), e.getMessage());
        assertTrue(!e.getMessage().contains("hunter2"), "the secret itself is not repeated");
    }
}
