package org.steward.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.steward.workspace.Credentials;
import org.steward.workspace.SshKey;

/** Which remotes are SSH remotes (the forms git itself accepts, see git-clone(1) "GIT URLS"), and how keys are given. */
class SshKeyTest {

    @Test
    void sshRemotesAreTheSshUrlsAndTheScpLikeForm() {
        for (String ssh : new String[] {"ssh://git@example.com/steward/records.git", "ssh://git@example.com:2222/srv/r.git",
                "SSH://host/r", "git+ssh://host/r", "ssh+git://host/r", "git@example.com:steward/records.git",
                "example.com:records.git", "git@10.0.0.7:/srv/git/r.git"}) {
            assertTrue(SshKey.isSshRemote(ssh), ssh);
        }
        for (String other : new String[] {"/srv/git/records.git", "./records.git", "../x:y/records.git", "file:///srv/r.git",
                "https://example.com/r.git", "http://127.0.0.1:8080/git/r", "C:\\git\\r.git", "C:/git/r.git", "records.git"}) {
            assertFalse(SshKey.isSshRemote(other), other);
        }
    }

    @Test
    void thePassphraseIsCopiedAndNeverShown() {
        char[] secret = "s3cret".toCharArray();
        SshKey k = new SshKey(Path.of("/k/id_ed25519"), Path.of("/k/known_hosts"), secret);
        secret[0] = 'X';
        assertArrayEquals("s3cret".toCharArray(), k.passphrase());
        k.passphrase()[0] = 'Y';
        assertArrayEquals("s3cret".toCharArray(), k.passphrase());
        assertTrue(k.hasPassphrase());
        assertFalse(k.toString().contains("s3cret"), k.toString());
        assertFalse(SshKey.of(Path.of("/k/id"), Path.of("/k/kh")).hasPassphrase());
        assertEquals(k, SshKey.of(Path.of("/k/id_ed25519"), Path.of("/k/known_hosts")).withPassphrase("s3cret".toCharArray()));
    }

    @Test
    void aNodeTakesKeyKnownHostsAndPassphraseFromTheEnvironment() {
        Credentials env = Credentials.fromEnvironment(Map.of("STEWARD_SSH_KEY", "/keys/node_ed25519", "STEWARD_SSH_PASSPHRASE", "pp",
                "HOME", "/home/node", "STEWARD_GIT_USER", "ann", "STEWARD_GIT_PASSWORD", "tok"));
        SshKey k = env.sshKey("git@example.com:r.git").orElseThrow();
        assertEquals(Path.of("/keys/node_ed25519"), k.privateKey());
        assertEquals(Path.of("/home/node/.ssh/known_hosts"), k.knownHosts(), "known_hosts defaults to $HOME/.ssh/known_hosts");
        assertArrayEquals("pp".toCharArray(), k.passphrase());
        assertEquals("ann", env.lookup("https://example.com/r.git").orElseThrow().user());
        assertFalse(env.toString().contains("pp") || env.toString().contains("tok"), env.toString());

        Credentials explicit = Credentials.fromEnvironment(Map.of("STEWARD_SSH_KEY", "/k", "STEWARD_SSH_KNOWN_HOSTS", "/etc/steward/kh"));
        assertEquals(Path.of("/etc/steward/kh"), explicit.sshKey("ssh://h/r").orElseThrow().knownHosts());
        assertFalse(explicit.sshKey("ssh://h/r").orElseThrow().hasPassphrase());
        assertTrue(Credentials.fromEnvironment(Map.of()).sshKey("ssh://h/r").isEmpty());
        assertTrue(Credentials.NONE.sshKey("ssh://h/r").isEmpty());
    }
}
