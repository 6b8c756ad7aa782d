package org.steward.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceReference;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;
import org.steward.testing.OpenSshServer;
import org.steward.workspace.Credentials;
import org.steward.workspace.PullResult;
import org.steward.workspace.SshKey;
import org.steward.workspace.Workspace;
import org.steward.workspace.WorkspaceException;
import org.steward.workspace.crypto.FileKeyProvider;
import org.steward.workspace.crypto.KeyProvider;

/**
 * Clone, push and pull through a REAL OpenSSH server ({@link OpenSshServer}: Debian's sshd on a free loopback port,
 * serving a bare repository by its path through Debian git's git-upload-pack/git-receive-pack), with public-key
 * authentication only, strict host key checking against a known_hosts file of the test's own, and key passphrases only
 * through {@link Credentials}. Nothing here reads the real ~/.ssh. Whether a push arrived is checked in the bare
 * repository with JGit directly ({@link Repos}), not through the workspace under test.
 */
class SshRemoteTest {
    @TempDir
    Path dir;
    private OpenSshServer sshd;
    private Path bare;
    private String url;
    private Path knownHosts;
    private KeyProvider fieldKey;

    @BeforeEach
    void startSshdWithABareRepository() throws Exception {
        sshd = OpenSshServer.start(dir.resolve("sshd"));
        bare = dir.resolve("srv/records.git");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
        url = sshd.url(bare);
        knownHosts = dir.resolve("client/known_hosts");
        Files.createDirectories(knownHosts.getParent());
        Files.writeString(knownHosts, sshd.knownHostsLine() + "\n");
        Path k = dir.resolve("team.key");
        FileKeyProvider.generate(k);
        fieldKey = new FileKeyProvider(k);
    }

    @AfterEach
    void stop() throws Exception {
        sshd.close();
    }

    /** A key pair in the client folder, let in by the server. */
    private Path authorizedKey(String name, String passphrase) throws Exception {
        Path key = OpenSshServer.keygen(dir.resolve("client").resolve(name), passphrase);
        sshd.authorize(Path.of(key + ".pub"));
        return key;
    }

    private static Credentials ssh(SshKey key) {
        return new Credentials() {
            @Override
            public Optional<Secret> lookup(String remoteUri) {
                return Optional.empty();
            }

            @Override
            public Optional<SshKey> sshKey(String remoteUri) {
                return Optional.of(key);
            }
        };
    }

    @Test
    void pushCloneAndPullWithAPassphraseProtectedKeyAndThePassphraseIsInNoFileAndNoLog() throws Exception {
        String passphrase = "pass-" + Long.toHexString(System.nanoTime()) + "-蓝";
        Path key = authorizedKey("ann_ed25519", passphrase);
        Credentials workbench = ssh(new SshKey(key, knownHosts, passphrase.toCharArray()));
        // the node's way: the same key and passphrase from environment variables
        Credentials node = Credentials.fromEnvironment(Map.of("STEWARD_SSH_KEY", key.toString(), "STEWARD_SSH_KNOWN_HOSTS",
                knownHosts.toString(), "STEWARD_SSH_PASSPHRASE", passphrase, "HOME", dir.resolve("nohome").toString()));

        Logs logs = Logs.capture();
        try {
            try (Workspace a = Osgi.workspaces().open(dir.resolve("a"), fieldKey)) {
                a.save(SharingTest.opportunityForHttp(), "", WorkspaceTest.LI);
                a.setRemote(url);
                a.push(workbench);
                assertEquals(1, Repos.commits(bare), "the commit reached the bare repository behind sshd");

                try (Workspace b = Osgi.workspaces().cloneFrom(url, dir.resolve("b"), node, fieldKey)) {
                    assertEquals("13511112222", b.load(SharingTest.KEY).text("phone").orElseThrow());
                    b.save(b.load(SharingTest.KEY).with("stage", "方案"), "", WorkspaceTest.WANG);
                    b.push(node);
                }
                assertEquals(2, Repos.commits(bare));
                PullResult pulled = a.pull(workbench, WorkspaceTest.LI);
                assertEquals(PullResult.Status.FAST_FORWARD, pulled.status());
                assertEquals("方案", a.load(SharingTest.KEY).text("stage").orElseThrow());
            }
        } finally {
            logs.close();
        }
        String log = sshd.log();
        assertTrue(log.contains("Accepted publickey for " + sshd.user()), log);

        List<Path> searched = new ArrayList<>(files(dir.resolve("a")));
        searched.addAll(files(dir.resolve("b")));
        searched.addAll(sshd.files());
        searched.add(knownHosts);
        assertTrue(searched.size() > 10, searched.toString());
        for (Path f : searched) {
            assertFalse(contains(Files.readAllBytes(f), passphrase), "the passphrase is in " + f);
        }
        for (String clone : new String[] {"a", "b"}) {
            String config = Files.readString(dir.resolve(clone).resolve(".git/config"));
            assertTrue(config.contains(url), config);
        }
        assertFalse(logs.text().contains(passphrase), "the passphrase is in the log");
    }

    @Test
    void aWrongOrMissingPassphraseIsRefusedNamingTheKey() throws Exception {
        Path key = authorizedKey("bo_ed25519", "right-" + System.nanoTime());
        // known_hosts with hashed host names (ssh-keygen -H, as HashKnownHosts yes writes them) still lets the host in
        Process hash = new ProcessBuilder(OpenSshServer.SSH_KEYGEN.toString(), "-H", "-f", knownHosts.toString())
                .redirectErrorStream(true).start();
        hash.getInputStream().readAllBytes();
        assertEquals(0, hash.waitFor());
        assertTrue(Files.readString(knownHosts).startsWith("|1|") && !Files.readString(knownHosts).contains("127.0.0.1"),
                Files.readString(knownHosts));
        try (Workspace a = Osgi.workspaces().open(dir.resolve("a"), fieldKey)) {
            a.save(SharingTest.opportunityForHttp(), "", WorkspaceTest.LI);
            a.setRemote(url);

            WorkspaceException wrong = assertThrows(WorkspaceException.class,
                    () -> a.push(ssh(new SshKey(key, knownHosts, "wrong".toCharArray()))));
            assertTrue(wrong.getMessage().contains("passphrase does not open the SSH key " + key), wrong.getMessage());
            assertTrue(wrong.getMessage().contains("Key and credentials") && wrong.getMessage().contains("STEWARD_SSH_PASSPHRASE"),
                    wrong.getMessage());

            WorkspaceException none = assertThrows(WorkspaceException.class, () -> a.push(ssh(SshKey.of(key, knownHosts))));
            assertTrue(none.getMessage().contains("SSH key " + key + " is protected by a passphrase"), none.getMessage());
        }
        assertEquals(0, Repos.commits(bare), "nothing was pushed");
        assertFalse(sshd.log().contains("Accepted publickey"), sshd.log());
    }

    @Test
    void anUnknownHostKeyIsRefusedNamingHostFileAndFixAndNothingIsTrustedOnFirstUse() throws Exception {
        Path key = authorizedKey("cy_ed25519", "");
        Path empty = dir.resolve("client/empty_known_hosts");
        Files.writeString(empty, "");
        WorkspaceException e = assertThrows(WorkspaceException.class,
                () -> Osgi.workspaces().cloneFrom(url, dir.resolve("c"), ssh(SshKey.of(key, empty)), fieldKey));
        String m = e.getMessage();
        String host = "[127.0.0.1]:" + sshd.port();
        assertTrue(m.contains("SSH host " + host + " is not listed in " + empty), m);
        // the fingerprint of the server's key as ssh-keygen -l computes it, independent of the code under test
        assertTrue(m.contains(sshd.hostKeyFingerprint()), m + " / " + sshd.hostKeyFingerprint());
        assertTrue(m.contains("ssh-keyscan -p " + sshd.port() + " 127.0.0.1 >> " + empty), m);
        assertEquals("", Files.readString(empty), "known_hosts is left as it was");
        assertFalse(Files.exists(dir.resolve("c/.git")), "no clone");

        // a missing known_hosts file is no excuse to trust either, and is not created
        Path missing = dir.resolve("client/none/known_hosts");
        WorkspaceException e2 = assertThrows(WorkspaceException.class,
                () -> Osgi.workspaces().cloneFrom(url, dir.resolve("c2"), ssh(SshKey.of(key, missing)), fieldKey));
        assertTrue(e2.getMessage().contains("is not listed in " + missing), e2.getMessage());
        assertFalse(Files.exists(missing));
        assertFalse(sshd.log().contains("Accepted publickey"), sshd.log());
    }

    @Test
    void aChangedHostKeyIsRefusedSayingHowToReplaceTheEntry() throws Exception {
        Path key = authorizedKey("di_ed25519", "");
        Path other = OpenSshServer.keygen(dir.resolve("client/impostor_host_key"), "");
        String[] pub = Files.readString(Path.of(other + ".pub")).strip().split(" ");
        Path changed = dir.resolve("client/changed_known_hosts");
        String line = "[127.0.0.1]:" + sshd.port() + " " + pub[0] + " " + pub[1] + "\n";
        Files.writeString(changed, line);
        WorkspaceException e = assertThrows(WorkspaceException.class,
                () -> Osgi.workspaces().cloneFrom(url, dir.resolve("d"), ssh(SshKey.of(key, changed)), fieldKey));
        String m = e.getMessage();
        assertTrue(m.contains("host key of [127.0.0.1]:" + sshd.port()) && m.contains("is not the one recorded in " + changed), m);
        assertTrue(m.contains(sshd.hostKeyFingerprint()), m);
        assertTrue(m.contains("ssh-keygen -R \"[127.0.0.1]:" + sshd.port() + "\" -f " + changed), m);
        assertEquals(line, Files.readString(changed), "known_hosts is left as it was");
    }

    @Test
    void aKeyTheServerDoesNotKnowIsRefused() throws Exception {
        authorizedKey("ed_ed25519", "");
        Path stranger = OpenSshServer.keygen(dir.resolve("client/stranger_ed25519"), "");
        WorkspaceException e = assertThrows(WorkspaceException.class,
                () -> Osgi.workspaces().cloneFrom(url, dir.resolve("e"), ssh(SshKey.of(stranger, knownHosts)), fieldKey));
        String m = e.getMessage();
        assertTrue(m.contains("refused the key " + stranger + " for the user " + sshd.user()), m);
        assertTrue(m.contains(stranger + ".pub") && m.contains("authorized_keys"), m);
        assertFalse(sshd.log().contains("Accepted publickey"), sshd.log());
    }

    @Test
    void anSshRemoteWithoutKeyOrWithAMissingKeyFileSaysWhatToSet() throws Exception {
        try (Workspace a = Osgi.workspaces().open(dir.resolve("a"), fieldKey)) {
            a.save(SharingTest.opportunityForHttp(), "", WorkspaceTest.LI);
            // the scp-like form goes the SSH way too (port 22; a non-standard port needs the ssh:// form)
            String scp = sshd.user() + "@127.0.0.1:" + bare;
            a.setRemote(scp);
            WorkspaceException none = assertThrows(WorkspaceException.class, () -> a.push(Credentials.NONE));
            assertTrue(none.getMessage().contains("no SSH key is set for the remote " + scp), none.getMessage());
            a.setRemote(url);
            Path gone = dir.resolve("client/gone_ed25519");
            WorkspaceException missing = assertThrows(WorkspaceException.class, () -> a.push(ssh(SshKey.of(gone, knownHosts))));
            assertTrue(missing.getMessage().contains("SSH private key file " + gone), missing.getMessage());
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    private static boolean contains(byte[] bytes, String text) {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * What is logged meanwhile: the OSGi log (LogReaderService) and everything printed to System.out/err (where
     * slf4j-simple writes JGit's and sshd's log).
     */
    private static final class Logs implements AutoCloseable {
        private final List<String> entries = new CopyOnWriteArrayList<>();
        private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
        private final PrintStream out = System.out;
        private final PrintStream err = System.err;
        private LogReaderService reader;
        private final LogListener listener = e -> entries.add(e.getMessage() + " " + e.getException());

        static Logs capture() {
            Logs l = new Logs();
            ServiceReference<LogReaderService> ref = Osgi.context().getServiceReference(LogReaderService.class);
            if (ref != null) {
                l.reader = Osgi.context().getService(ref);
                l.reader.addLogListener(l.listener);
            }
            System.setOut(new PrintStream(l.tee(l.out), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(l.tee(l.err), true, StandardCharsets.UTF_8));
            return l;
        }

        private OutputStream tee(PrintStream original) {
            return new OutputStream() {
                @Override
                public void write(int b) {
                    synchronized (printed) {
                        printed.write(b);
                    }
                    original.write(b);
                }
            };
        }

        String text() {
            synchronized (printed) {
                return String.join("\n", entries) + "\n" + printed.toString(StandardCharsets.UTF_8);
            }
        }

        @Override
        public void close() {
            System.setOut(out);
            System.setErr(err);
            if (reader != null) {
                reader.removeLogListener(listener);
            }
        }
    }
}
