package org.steward.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceRegistration;
import org.steward.workspace.FieldValue;
import org.steward.workspace.Record;
import org.steward.workspace.RecordKey;
import org.steward.workspace.SensitiveFields;
import org.steward.workspace.Workspace;
import org.steward.workspace.WorkspaceException;
import org.steward.workspace.crypto.EnvKeyProvider;
import org.steward.workspace.crypto.FileKeyProvider;
import org.steward.workspace.crypto.KeyProvider;
import org.steward.workspace.crypto.Keys;

class SensitiveFieldsTest {
    static final String PHONE = "13912345678";
    static final String EMAIL = "zhang.san@park-example.cn";
    static final RecordKey KEY = new RecordKey("customer", "c-001");

    @TempDir
    Path dir;

    private static Record customer() {
        return Record.empty("customer", "c-001").with("name", "南通园区管委会").with("phone", PHONE).with("email", EMAIL)
                .with("mobile", new FieldValue.TextList(List.of("13700000001", "13700000002"))).withBody("联系人：张三\n");
    }

    private KeyProvider keyFile(String name) throws Exception {
        Path f = dir.resolve(name);
        FileKeyProvider.generate(f);
        return new FileKeyProvider(f);
    }

    @Test
    void phoneNeverReachesTheRepositoryButReadsBackWithTheKey() throws Exception {
        KeyProvider key = keyFile("node.key");
        Path p = dir.resolve("p");
        try (Workspace ws = Osgi.workspaces().open(p, key)) {
            ws.save(customer(), "", WorkspaceTest.LI);
            ws.save(customer().with("name", "南通园区管委会（新）"), "", WorkspaceTest.LI);
            ws.save(customer().with("phone", "13912345679"), "", WorkspaceTest.LI);
            Record back = ws.load(KEY);
            assertEquals("13912345679", back.text("phone").orElseThrow());
            assertEquals(EMAIL, back.text("email").orElseThrow());
            assertEquals(List.of("13700000001", "13700000002"), ((FieldValue.TextList) back.field("mobile").orElseThrow()).values());
            String message = ws.history(KEY).get(0).message();
            assertTrue(message.contains("Changed: name, phone\n") && !message.contains("1391234"), "field names, never values: " + message);
        }
        String file = Files.readString(p.resolve("customer/c-001.md"));
        assertTrue(file.contains("phone: enc:v1:"), file);
        for (String secret : List.of(PHONE, "13912345679", EMAIL, "13700000001", "zhang.san")) {
            assertEquals(List.of(), Repos.blobsContaining(p, secret), secret + " is in a blob");
            assertFalse(gitGrepFinds(p, secret), "git grep finds " + secret);
        }
        assertTrue(gitGrepFinds(p, "南通园区管委会"), "git grep itself works on this repository");
    }

    /** Runs {@code git grep -F <text> $(git rev-list --all)} when git is installed; false when it is not. */
    private static boolean gitGrepFinds(Path repo, String text) throws Exception {
        if (!new File("/usr/bin/git").canExecute()) {
            return false;
        }
        Process revs = new ProcessBuilder("/usr/bin/git", "rev-list", "--all").directory(repo.toFile()).start();
        List<String> commits = new String(revs.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, revs.waitFor());
        List<String> cmd = new java.util.ArrayList<>(List.of("/usr/bin/git", "grep", "-F", "-q", text));
        cmd.addAll(commits);
        Process grep = new ProcessBuilder(cmd).directory(repo.toFile()).redirectErrorStream(true).start();
        grep.getInputStream().readAllBytes();
        int rc = grep.waitFor();
        assertTrue(rc == 0 || rc == 1, "git grep exit " + rc);
        return rc == 0;
    }

    @Test
    void unchangedValuesKeepTheirCipherText() throws Exception {
        KeyProvider key = keyFile("node.key");
        try (Workspace ws = Osgi.workspaces().open(dir.resolve("p"), key)) {
            ws.save(customer(), "", WorkspaceTest.LI);
            String phoneLine = line(ws.folder().resolve("customer/c-001.md"), "phone:");
            ws.save(ws.load(KEY).with("name", "改名"), "", WorkspaceTest.LI);
            assertEquals(phoneLine, line(ws.folder().resolve("customer/c-001.md"), "phone:"));
            String diff = ws.diff(KEY, "HEAD~1", "HEAD");
            assertFalse(diff.contains("\n-phone") || diff.contains("\n+phone") || diff.contains("\n+email") || diff.contains("\n+  - enc"),
                    "only the name line changes:\n" + diff);
            assertTrue(diff.contains("\n+name: 改名\n"), diff);
        }
    }

    @Test
    void withoutTheKeyFieldsAreLockedAndSavingKeepsTheCipherTextByteIdentical() throws Exception {
        KeyProvider key = keyFile("node.key");
        Path p = dir.resolve("p");
        try (Workspace ws = Osgi.workspaces().open(p, key)) {
            ws.save(customer(), "", WorkspaceTest.LI);
        }
        Path file = p.resolve("customer/c-001.md");
        String before = Files.readString(file);
        try (Workspace ws = Osgi.workspaces().open(p, KeyProvider.NONE)) {
            Record r = ws.load(KEY);
            FieldValue.Locked phone = assertInstanceOf(FieldValue.Locked.class, r.field("phone").orElseThrow());
            assertEquals(FieldValue.LockReason.NO_KEY, phone.reason());
            assertTrue(r.locked("email") && r.locked("mobile"));
            assertEquals("南通园区管委会", r.text("name").orElseThrow(), "other fields open");
            ws.save(r.with("name", "无密钥节点改名"), "", WorkspaceTest.LI);
            String after = Files.readString(file);
            assertEquals(line(before, "phone:"), line(after, "phone:"));
            assertEquals(line(before, "email:"), line(after, "email:"));
            assertEquals(before.replace("name: 南通园区管委会\n", "name: 无密钥节点改名\n"), after, "only the name changed");
            WorkspaceException e = assertThrows(WorkspaceException.class, () -> ws.save(r.with("phone", "13800000000"), "", WorkspaceTest.LI));
            assertTrue(e.getMessage().contains("phone") && !e.getMessage().contains("13800000000"), e.getMessage());
            assertEquals(after, Files.readString(file), "nothing written");
        }
        try (Workspace ws = Osgi.workspaces().open(p, key)) {
            assertEquals(PHONE, ws.load(KEY).text("phone").orElseThrow(), "the key still opens what the keyless node kept");
        }
    }

    @Test
    void wrongKeyLocksAndOverwritesNothing() throws Exception {
        Path p = dir.resolve("p");
        try (Workspace ws = Osgi.workspaces().open(p, keyFile("right.key"))) {
            ws.save(customer(), "", WorkspaceTest.LI);
        }
        String before = Files.readString(p.resolve("customer/c-001.md"));
        KeyProvider wrong = new EnvKeyProvider(Map.of("STEWARD_KEY", Keys.encode(Keys.generate())));
        try (Workspace ws = Osgi.workspaces().open(p, wrong)) {
            Record r = ws.load(KEY);
            assertEquals(FieldValue.LockReason.WRONG_KEY, ((FieldValue.Locked) r.field("phone").orElseThrow()).reason());
            ws.save(r.withBody("补充说明\n"), "", WorkspaceTest.LI);
        }
        String after = Files.readString(p.resolve("customer/c-001.md"));
        assertEquals(line(before, "phone:"), line(after, "phone:"));
        assertEquals(before.substring(0, before.lastIndexOf("---")), after.substring(0, after.lastIndexOf("---")));
    }

    @Test
    void worldReadableKeyFileLocksFieldsAndIsNamed() throws Exception {
        Path f = dir.resolve("loose.key");
        FileKeyProvider.generate(f);
        Path p = dir.resolve("p");
        try (Workspace ws = Osgi.workspaces().open(p, new FileKeyProvider(f))) {
            ws.save(customer(), "", WorkspaceTest.LI);
        }
        Files.setPosixFilePermissions(f, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        try (Workspace ws = Osgi.workspaces().open(p, new FileKeyProvider(f))) {
            assertTrue(ws.load(KEY).locked("phone"), "a refused key is no key");
        }
    }

    @Test
    void bundlesDeclareMoreSensitiveFields() throws Exception {
        SensitiveFields decl = new SensitiveFields() {
            @Override
            public String type() {
                return "customer";
            }

            @Override
            public Set<String> fields() {
                return Set.of("bankAccount");
            }
        };
        ServiceRegistration<SensitiveFields> reg = Osgi.context().registerService(SensitiveFields.class, decl, null);
        try (Workspace ws = Osgi.workspaces().open(dir.resolve("p"), keyFile("node.key"))) {
            ws.save(customer().with("bankAccount", "6222020000000000"), "", WorkspaceTest.LI);
            assertTrue(line(ws.folder().resolve("customer/c-001.md"), "bankAccount:").startsWith("bankAccount: enc:v1:"));
            assertEquals("6222020000000000", ws.load(KEY).text("bankAccount").orElseThrow());
        } finally {
            reg.unregister();
        }
    }

    private static String line(Path file, String prefix) throws Exception {
        return line(Files.readString(file), prefix);
    }

    private static String line(String text, String prefix) {
        return text.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow(() -> new AssertionError("no " + prefix + " in\n" + text));
    }
}
