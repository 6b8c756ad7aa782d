package org.steward.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.workspace.CommitInfo;
import org.steward.workspace.Conflict;
import org.steward.workspace.Credentials;
import org.steward.workspace.PullResult;
import org.steward.workspace.Record;
import org.steward.workspace.RecordKey;
import org.steward.workspace.Workspace;
import org.steward.workspace.WorkspaceException;
import org.steward.workspace.Workspaces;
import org.steward.workspace.crypto.FileKeyProvider;
import org.steward.workspace.crypto.KeyProvider;

/** Two people's clones sharing through a local bare repository. */
class SharingTest {
    static final RecordKey KEY = new RecordKey("opportunity", "o-1");

    @TempDir
    Path dir;
    private Path bare;
    private KeyProvider key;

    @BeforeEach
    void bareRemote() throws Exception {
        bare = dir.resolve("team.git");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
        Path k = dir.resolve("team.key");
        FileKeyProvider.generate(k);
        key = new FileKeyProvider(k);
    }

    private Workspace cloneAs(String name) throws Exception {
        Workspaces w = Osgi.workspaces();
        return w.cloneFrom(bare.toString(), dir.resolve(name), Credentials.NONE, key);
    }

    /** The same record for the HTTP remote test. */
    static Record opportunityForHttp() {
        return opportunity();
    }

    private static Record opportunity() {
        return Record.empty("opportunity", "o-1").with("name", "园区污水提标").with("stage", "线索").with("owner", "李娜")
                .with("phone", "13511112222").withBody("初次接触。\n");
    }

    @Test
    void cloneEditPushPull() throws Exception {
        try (Workspace a = cloneAs("a")) {
            a.save(opportunity(), "", WorkspaceTest.LI);
            a.push(Credentials.NONE);
            try (Workspace b = cloneAs("b")) {
                assertEquals("园区污水提标", b.load(KEY).text("name").orElseThrow());
                assertEquals("13511112222", b.load(KEY).text("phone").orElseThrow());
                b.save(b.load(KEY).with("stage", "方案"), "stage → 方案", WorkspaceTest.WANG);
                b.push(Credentials.NONE);
            }
            PullResult r = a.pull(Credentials.NONE, WorkspaceTest.LI);
            assertEquals(PullResult.Status.FAST_FORWARD, r.status());
            assertEquals("方案", a.load(KEY).text("stage").orElseThrow());
            assertEquals(WorkspaceTest.WANG, a.history(KEY).get(0).author());
            assertEquals(PullResult.Status.UP_TO_DATE, a.pull(Credentials.NONE, WorkspaceTest.LI).status());
        }
    }

    @Test
    void editsOfDifferentFieldsMergeCleanly() throws Exception {
        try (Workspace a = cloneAs("a")) {
            a.save(opportunity(), "", WorkspaceTest.LI);
            a.push(Credentials.NONE);
            try (Workspace b = cloneAs("b")) {
                b.save(b.load(KEY).with("owner", "王伟"), "", WorkspaceTest.WANG);
                b.push(Credentials.NONE);
            }
            a.save(a.load(KEY).with("stage", "报价"), "", WorkspaceTest.LI);
            WorkspaceException rejected = assertThrows(WorkspaceException.class, () -> a.push(Credentials.NONE));
            assertTrue(rejected.getMessage().toLowerCase().contains("pull") || rejected.getMessage().contains("拉取"), rejected.getMessage());
            PullResult r = a.pull(Credentials.NONE, WorkspaceTest.LI);
            assertEquals(PullResult.Status.MERGED, r.status());
            Record merged = a.load(KEY);
            assertEquals("报价", merged.text("stage").orElseThrow());
            assertEquals("王伟", merged.text("owner").orElseThrow());
            CommitInfo head = a.history().get(0);
            assertEquals(2, head.parents().size());
            assertEquals(WorkspaceTest.LI, head.author());
            a.push(Credentials.NONE);
        }
    }

    @Test
    void conflictingEditsAreReportedWithBothVersionsThenResolved() throws Exception {
        try (Workspace a = cloneAs("a")) {
            a.save(opportunity(), "", WorkspaceTest.LI);
            a.push(Credentials.NONE);
            try (Workspace b = cloneAs("b")) {
                b.save(b.load(KEY).with("stage", "方案（王伟）"), "", WorkspaceTest.WANG);
                b.push(Credentials.NONE);
                a.save(a.load(KEY).with("stage", "报价（李娜）"), "", WorkspaceTest.LI);
                String oursBefore = Files.readString(a.folder().resolve(KEY.path()));

                PullResult r = a.pull(Credentials.NONE, WorkspaceTest.LI);
                assertEquals(PullResult.Status.CONFLICTS, r.status());
                assertEquals(1, r.conflicts().size());
                Conflict c = r.conflicts().get(0);
                assertEquals(KEY.path(), c.path());
                assertTrue(c.base().orElseThrow().contains("stage: 线索"));
                assertTrue(c.ours().orElseThrow().contains("stage: 报价（李娜）"));
                assertTrue(c.theirs().orElseThrow().contains("stage: 方案（王伟）"));
                assertEquals(oursBefore, c.ours().orElseThrow(), "our version is kept byte for byte");
                assertEquals(r.conflicts(), a.conflicts(), "still listed until resolved");
                WorkspaceException busy = assertThrows(WorkspaceException.class,
                        () -> a.save(opportunity().with("stage", "x"), "", WorkspaceTest.LI));
                assertTrue(busy.getMessage().contains(KEY.path()), busy.getMessage());

                String chosen = c.theirs().orElseThrow().replace("stage: 方案（王伟）", "stage: 方案+报价");
                Optional<CommitInfo> done = a.resolve(KEY.path(), chosen, WorkspaceTest.LI);
                assertTrue(done.isPresent());
                assertEquals(2, done.get().parents().size());
                assertEquals(List.of(), a.conflicts());
                assertEquals("方案+报价", a.load(KEY).text("stage").orElseThrow());
                assertEquals("13511112222", a.load(KEY).text("phone").orElseThrow());
                a.push(Credentials.NONE);

                assertEquals(PullResult.Status.FAST_FORWARD, b.pull(Credentials.NONE, WorkspaceTest.WANG).status());
                assertEquals("方案+报价", b.load(KEY).text("stage").orElseThrow());
                // nothing lost: both edits are commits in the shared history
                List<String> subjects = b.history(KEY).stream().map(CommitInfo::author).map(x -> x.name()).toList();
                assertTrue(subjects.contains("Wang Wei") && subjects.contains("李娜"), subjects.toString());
            }
        }
    }

    @Test
    void resolvingWithABrokenTextIsRefused() throws Exception {
        try (Workspace a = cloneAs("a")) {
            a.save(opportunity(), "", WorkspaceTest.LI);
            a.push(Credentials.NONE);
            try (Workspace b = cloneAs("b")) {
                b.save(b.load(KEY).with("stage", "B"), "", WorkspaceTest.WANG);
                b.push(Credentials.NONE);
            }
            a.save(a.load(KEY).with("stage", "A"), "", WorkspaceTest.LI);
            assertEquals(PullResult.Status.CONFLICTS, a.pull(Credentials.NONE, WorkspaceTest.LI).status());
            assertThrows(WorkspaceException.class, () -> a.resolve(KEY.path(), "<<<<<<< ours\n", WorkspaceTest.LI));
            assertEquals(1, a.conflicts().size(), "still unresolved");
            assertThrows(WorkspaceException.class, () -> a.resolve("opportunity/none.md", "x", WorkspaceTest.LI));
        }
    }

    @Test
    void noRemoteSaysSo() throws Exception {
        try (Workspace ws = Osgi.workspaces().open(dir.resolve("solo"), KeyProvider.NONE)) {
            WorkspaceException e = assertThrows(WorkspaceException.class, () -> ws.push(Credentials.NONE));
            assertTrue(e.getMessage().contains("remote") || e.getMessage().contains("远程"), e.getMessage());
            ws.setRemote(bare.toString());
            ws.save(Record.empty("vendor", "v-1").with("name", "泵厂"), "", WorkspaceTest.LI);
            ws.push(Credentials.NONE);
            assertEquals(1, Repos.commits(bare));
        }
    }
}
