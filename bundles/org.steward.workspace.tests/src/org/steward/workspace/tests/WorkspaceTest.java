package org.steward.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.workspace.Author;
import org.steward.workspace.CommitInfo;
import org.steward.workspace.LoadReport;
import org.steward.workspace.Record;
import org.steward.workspace.RecordFormatException;
import org.steward.workspace.RecordKey;
import org.steward.workspace.RecordProblem;
import org.steward.workspace.Workspace;
import org.steward.workspace.WorkspaceException;
import org.steward.workspace.crypto.KeyProvider;

class WorkspaceTest {
    static final Author LI = new Author("李娜", "li.na@example.com");
    static final Author WANG = new Author("Wang Wei", "wang.wei@example.com");

    @TempDir
    Path dir;

    @Test
    void saveIsACommitWithAuthorAndMessage() throws Exception {
        try (Workspace ws = Osgi.workspaces().open(dir.resolve("p"), KeyProvider.NONE)) {
            Record r = Record.empty("customer", "c-001").with("name", "华东化工园区").withBody("首次拜访。\n");
            CommitInfo c = ws.save(r, "Add 华东化工园区", LI);
            assertEquals(LI, c.author());
            assertEquals("Add 华东化工园区", c.subject());
            assertTrue(c.message().contains("Record: customer/c-001.md"), c.message());
            assertTrue(Files.isDirectory(dir.resolve("p/.git")));
            assertEquals(r, ws.load(new RecordKey("customer", "c-001")));
            assertEquals(List.of(new RecordKey("customer", "c-001")), ws.list("customer"));
            assertEquals(List.of("customer"), ws.types());
            CommitInfo auto = ws.save(r.with("name", "华东精细化工园区"), "", WANG);
            assertEquals("Update customer c-001", auto.subject());
            assertTrue(auto.message().contains("Changed: name"), auto.message());
            assertEquals(List.of(c.id()), auto.parents());
            CommitInfo same = ws.save(r.with("name", "华东精细化工园区"), "no change", WANG);
            assertEquals(auto.id(), same.id(), "saving an unchanged record makes no empty commit");
            try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.open(ws.folder().toFile())) {
                var status = git.status().call();
                assertTrue(status.isClean(), "index and working tree agree with HEAD after saves: " + status.getUncommittedChanges()
                        + status.getUntracked());
            }
        }
    }

    @Test
    void historyDiffAndRevert() throws Exception {
        try (Workspace ws = Osgi.workspaces().open(dir.resolve("p"), KeyProvider.NONE)) {
            RecordKey key = new RecordKey("competitor", "k-1");
            Record v1 = Record.empty("competitor", "k-1").with("name", "甲公司").with("share", "30%");
            CommitInfo c1 = ws.save(v1, "v1", LI);
            ws.save(Record.empty("vendor", "v-1").with("name", "膜供应商"), "other record", LI);
            CommitInfo c2 = ws.save(v1.with("share", "35%"), "v2", WANG);
            List<CommitInfo> h = ws.history(key);
            assertEquals(List.of(c2.id(), c1.id()), h.stream().map(CommitInfo::id).toList());
            assertEquals(3, ws.history().size());
            assertEquals(WANG, h.get(0).author());

            String diff = ws.diff(key, c1.id(), c2.id());
            assertTrue(diff.contains("--- a/competitor/k-1.md"), diff);
            assertTrue(diff.contains("\n-share: 30%\n"), diff);
            assertTrue(diff.contains("\n+share: 35%\n"), diff);
            assertFalse(diff.contains("vendor"), "the diff is of this record only");

            CommitInfo back = ws.revert(key, c1.id(), LI);
            assertTrue(back.subject().startsWith("Revert competitor k-1 to " + c1.id().substring(0, 7)), back.subject());
            assertEquals("30%", ws.load(key).text("share").orElseThrow());
            assertEquals(4, ws.history().size());

            CommitInfo del = ws.delete(key, "", LI);
            assertEquals("Delete competitor k-1", del.subject());
            assertThrows(WorkspaceException.class, () -> ws.load(key));
            ws.revert(key, c2.id(), LI);
            assertEquals("35%", ws.load(key).text("share").orElseThrow());
            assertThrows(WorkspaceException.class, () -> ws.diff(key, "no-such-commit", c2.id()));
        }
    }

    @Test
    void corruptAndHalfWrittenFilesAreReportedAndTheOthersOpen() throws Exception {
        try (Workspace ws = Osgi.workspaces().open(dir.resolve("p"), KeyProvider.NONE)) {
            for (int i = 1; i <= 3; i++) {
                ws.save(Record.empty("contact", "p-" + i).with("name", "联系人" + i), "", LI);
            }
            Path folder = ws.folder();
            Files.writeString(folder.resolve("contact/p-2.md"), "---\ntype: contact\nid: p-2\nname: 联系", StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("contact/p-4.md"), "---\ntype: contact\nid: p-4\nname: x\nbroken line\n---\n", StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("contact/p-5.md"), "---\ntype: contact\nid: p-9\n---\n", StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("contact/p-6.md"), "", StandardCharsets.UTF_8);

            LoadReport report = ws.loadAll();
            assertEquals(List.of("p-1", "p-3"), report.records().stream().map(Record::id).toList());
            assertEquals(4, report.problems().size(), report.problems().toString());
            RecordProblem cut = report.problems().get(0);
            assertEquals("contact/p-2.md", cut.file());
            assertEquals(4, cut.line());
            assertTrue(cut.message().startsWith("contact/p-2.md:4: "), cut.message());
            RecordProblem bad = report.problems().get(1);
            assertEquals("contact/p-4.md", bad.file());
            assertEquals(5, bad.line());
            assertTrue(bad.problem().contains("broken line"), bad.problem());
            assertEquals("contact/p-5.md", report.problems().get(2).file());
            assertTrue(report.problems().get(2).problem().contains("contact/p-9.md"), report.problems().get(2).problem());
            assertEquals("contact/p-6.md", report.problems().get(3).file());

            RecordFormatException e = assertThrows(RecordFormatException.class, () -> ws.load(new RecordKey("contact", "p-2")));
            assertTrue(e.getMessage().contains("contact/p-2.md:4"), e.getMessage());
            // Revert repairs the half-written file from its history
            ws.revert(new RecordKey("contact", "p-2"), "HEAD", LI);
            assertEquals("联系人2", ws.load(new RecordKey("contact", "p-2")).text("name").orElseThrow());
        }
    }

    @Test
    void reopeningFindsTheSameRecords() throws Exception {
        Path p = dir.resolve("p");
        try (Workspace ws = Osgi.workspaces().open(p, KeyProvider.NONE)) {
            ws.save(Record.empty("evaluation", "e-1").with("criteria", "成本").withBody("多行\n正文\n"), "", LI);
        }
        try (Workspace ws = Osgi.workspaces().open(p, KeyProvider.NONE)) {
            assertEquals("多行\n正文\n", ws.load(new RecordKey("evaluation", "e-1")).body());
            assertEquals(1, ws.history().size());
        }
    }
}
