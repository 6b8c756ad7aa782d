package org.steward.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.workspace.Credentials;
import org.steward.workspace.Record;
import org.steward.workspace.RecordIndex;
import org.steward.workspace.RecordKey;
import org.steward.workspace.Workspace;
import org.steward.workspace.crypto.FileKeyProvider;
import org.steward.workspace.crypto.KeyProvider;

/** The index through the real Store (embedded Derby in a temp folder, configured through ConfigAdmin). */
class RecordIndexTest {
    @TempDir
    Path dir;

    @Test
    void rebuildsFromTheFilesAndAfterAPull() throws Exception {
        Osgi.embeddedStore(dir.resolve("db"));
        RecordIndex index = Osgi.service(RecordIndex.class);
        Path k = dir.resolve("node.key");
        FileKeyProvider.generate(k);
        KeyProvider key = new FileKeyProvider(k);
        Path bare = dir.resolve("team.git");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();

        try (Workspace a = Osgi.workspaces().cloneFrom(bare.toString(), dir.resolve("a"), Credentials.NONE, key)) {
            var c1 = a.save(Record.empty("customer", "c-1").with("name", "南通园区").with("phone", "13900001111"), "", WorkspaceTest.LI);
            var c2 = a.save(Record.empty("contact", "p-1").with("title", "环保科长").with("email", "a@b.cn"), "", WorkspaceTest.LI);
            a.save(Record.empty("vendor", "v-1"), "", WorkspaceTest.LI);
            Files.writeString(a.folder().resolve("vendor/v-2.md"), "---\ntype: vendor\n"); // unreadable: left out
            assertEquals(3, a.reindex());
            List<RecordIndex.Entry> rows = index.entries(a.folder());
            assertEquals(List.of("contact/p-1.md", "customer/c-1.md", "vendor/v-1.md"), rows.stream().map(RecordIndex.Entry::path).toList());
            RecordIndex.Entry customer = rows.get(1);
            assertEquals("customer", customer.type());
            assertEquals("c-1", customer.id());
            assertEquals("南通园区", customer.title());
            assertEquals(c1.id(), customer.lastCommit().orElseThrow());
            assertEquals(c1.time(), customer.lastCommitTime().orElseThrow());
            assertEquals("环保科长", rows.get(0).title());
            assertEquals(c2.id(), rows.get(0).lastCommit().orElseThrow());
            assertEquals("v-1", rows.get(2).title(), "no name: the id");
            a.push(Credentials.NONE);

            try (Workspace b = Osgi.workspaces().cloneFrom(bare.toString(), dir.resolve("b"), Credentials.NONE, key)) {
                assertEquals(3, index.entries(b.folder()).size(), "indexed after clone");
                var c3 = b.save(b.load(new RecordKey("customer", "c-1")).with("name", "南通经开区"), "", WorkspaceTest.WANG);
                b.push(Credentials.NONE);
                a.pull(Credentials.NONE, WorkspaceTest.LI);
                RecordIndex.Entry after = index.entries(a.folder()).stream().filter(e -> e.id().equals("c-1")).findFirst().orElseThrow();
                assertEquals("南通经开区", after.title(), "rebuilt after the pull");
                assertEquals(c3.id(), after.lastCommit().orElseThrow());
            }
        }
    }
}
