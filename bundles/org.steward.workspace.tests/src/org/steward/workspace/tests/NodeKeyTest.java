package org.steward.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;
import org.steward.workspace.Record;
import org.steward.workspace.RecordKey;
import org.steward.workspace.Workspace;
import org.steward.workspace.crypto.FileKeyProvider;
import org.steward.workspace.crypto.KeyProvider;

/** The node's key component, configured through ConfigAdmin, is what Workspaces.open(folder) uses. */
class NodeKeyTest {
    @TempDir
    Path dir;

    @Test
    void configuredKeyFileIsUsedByTheWorkspaceService() throws Exception {
        Path keyFile = dir.resolve("node.key");
        FileKeyProvider.generate(keyFile);
        Osgi.service(KeyProvider.class);
        ConfigurationAdmin admin = Osgi.service(ConfigurationAdmin.class);
        Configuration config = admin.getConfiguration("org.steward.workspace.key", "?");
        config.update(new Hashtable<>(Map.of("keyFile", keyFile.toString())));
        try {
            ServiceTracker<KeyProvider, KeyProvider> t = new ServiceTracker<>(Osgi.context(), KeyProvider.class, null);
            t.open();
            long end = System.currentTimeMillis() + 20_000;
            while (System.currentTimeMillis() < end && (t.getService() == null || !t.getService().describe().contains(keyFile.toString()))) {
                Thread.sleep(25);
            }
            assertTrue(t.getService().describe().contains(keyFile.toString()), t.getService().describe());
            t.close();
            Thread.sleep(100); // let the workspace service's greedy reference rebind
            try (Workspace ws = Osgi.workspaces().open(dir.resolve("p"))) {
                ws.save(Record.empty("contact", "p-1").with("name", "王工").with("mobile", "13600001234"), "", WorkspaceTest.LI);
                assertTrue(Files.readString(ws.folder().resolve("contact/p-1.md")).contains("mobile: enc:v1:"));
                assertEquals("13600001234", ws.load(new RecordKey("contact", "p-1")).text("mobile").orElseThrow());
            }
        } finally {
            config.delete();
        }
    }
}
