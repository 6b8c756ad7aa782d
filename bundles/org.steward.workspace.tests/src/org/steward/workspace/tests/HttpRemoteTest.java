package org.steward.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.workspace.Credentials;
import org.steward.workspace.PullResult;
import org.steward.workspace.Workspace;
import org.steward.workspace.WorkspaceException;
import org.steward.workspace.crypto.FileKeyProvider;
import org.steward.workspace.crypto.KeyProvider;

/**
 * Push, clone and pull through a real smart-HTTP Git server with Basic authentication (Git's own http-backend CGI behind
 * the JDK's HTTP server, see {@link GitHttpServer}); credentials only through {@link Credentials}, never in a file.
 */
class HttpRemoteTest {
    private static final String USER = "ann";

    @TempDir
    Path dir;
    private GitHttpServer server;
    private String password;
    private KeyProvider key;

    @BeforeEach
    void serveABareRepository() throws Exception {
        Path root = dir.resolve("srv");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(root.resolve("records.git").toFile()).call().close();
        password = "tok-" + Long.toHexString(System.nanoTime());
        server = GitHttpServer.start(root, USER, password);
        Path k = dir.resolve("team.key");
        FileKeyProvider.generate(k);
        key = new FileKeyProvider(k);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Credentials good() {
        return uri -> uri.equals(server.url("records.git")) ? Optional.of(new Credentials.Secret(USER, password.toCharArray()))
                : Optional.empty();
    }

    @Test
    void pushCloneAndPullWithBasicAuthentication() throws Exception {
        String url = server.url("records.git");
        try (Workspace a = Osgi.workspaces().open(dir.resolve("a"), key)) {
            a.save(SharingTest.opportunityForHttp(), "", WorkspaceTest.LI);
            a.setRemote(url);

            WorkspaceException none = assertThrows(WorkspaceException.class, () -> a.push(Credentials.NONE));
            assertTrue(none.getMessage().contains(url), none.getMessage());
            Credentials wrong = uri -> Optional.of(new Credentials.Secret(USER, "wrong".toCharArray()));
            WorkspaceException refused = assertThrows(WorkspaceException.class, () -> a.push(wrong));
            assertTrue(refused.getMessage().toLowerCase().contains("not authorized") || refused.getMessage().contains("401"),
                    refused.getMessage());
            assertTrue(server.requests.stream().anyMatch(r -> r.endsWith(" 401")), server.requests.toString());

            a.push(good());
            assertTrue(server.requests.stream().anyMatch(r -> r.startsWith("POST /git/records.git/git-receive-pack 200")),
                    server.requests.toString());

            try (Workspace b = Osgi.workspaces().cloneFrom(url, dir.resolve("b"), good(), key)) {
                assertEquals("13511112222", b.load(SharingTest.KEY).text("phone").orElseThrow());
                b.save(b.load(SharingTest.KEY).with("stage", "方案"), "", WorkspaceTest.WANG);
                b.push(good());
            }
            PullResult pulled = a.pull(good(), WorkspaceTest.LI);
            assertEquals(PullResult.Status.FAST_FORWARD, pulled.status());
            assertEquals("方案", a.load(SharingTest.KEY).text("stage").orElseThrow());
        }
        // the password is in no file of either clone (config, logs, objects are compressed: check the config text too)
        for (String clone : new String[] {"a", "b"}) {
            String config = Files.readString(dir.resolve(clone).resolve(".git/config"));
            assertTrue(config.contains(url), config);
            assertFalse(config.contains(password) || config.contains(USER + "@"), config);
            assertFalse(anyFileContains(dir.resolve(clone), password), "no file of " + clone + " holds the password");
        }
    }

    private static boolean anyFileContains(Path root, String text) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1).contains(text)) {
                    return true;
                }
            }
        }
        return false;
    }
}
