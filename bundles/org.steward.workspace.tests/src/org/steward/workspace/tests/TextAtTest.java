package org.steward.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.workspace.CommitInfo;
import org.steward.workspace.Record;
import org.steward.workspace.RecordKey;
import org.steward.workspace.Workspace;
import org.steward.workspace.WorkspaceException;
import org.steward.workspace.crypto.FileKeyProvider;

/** {@code Workspace.textAt}: a record file as stored at a commit, for side-by-side compare. */
class TextAtTest {

    @TempDir
    Path dir;

    @Test
    void theFileAsStoredAtEachCommit() throws Exception {
        Path k = dir.resolve("k.key");
        FileKeyProvider.generate(k);
        RecordKey key = new RecordKey("contact", "p-1");
        try (Workspace ws = Osgi.workspaces().open(dir.resolve("p"), new FileKeyProvider(k))) {
            CommitInfo other = ws.save(Record.empty("customer", "c-1").with("name", "东义集团"), "", WorkspaceTest.LI);
            CommitInfo first = ws.save(Record.empty("contact", "p-1").with("name", "李工").with("phone", "13900001111"), "", WorkspaceTest.LI);
            CommitInfo second = ws.save(ws.load(key).with("name", "李总"), "", WorkspaceTest.LI);

            String then = ws.textAt(key, first.id()).orElseThrow();
            assertTrue(then.startsWith("---\ntype: contact\nid: p-1\nname: 李工\n"), then);
            assertTrue(then.contains("phone: enc:v1:"), then);
            assertFalse(then.contains("13900001111"), "stored text: the phone stays encrypted");
            assertTrue(ws.textAt(key, second.id()).orElseThrow().contains("name: 李总"));
            assertEquals(ws.textAt(key, second.id()), ws.textAt(key, "HEAD"));
            assertEquals(Optional.empty(), ws.textAt(key, other.id()), "the file did not exist yet");
            assertThrows(WorkspaceException.class, () -> ws.textAt(key, "no-such-commit"));
        }
    }
}
