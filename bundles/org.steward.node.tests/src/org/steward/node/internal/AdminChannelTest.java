package org.steward.node.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.json.Json;

/** The admin channel's server and client talking over a real loopback socket. */
class AdminChannelTest {

    @TempDir
    Path run;

    private final List<String> errors = new ArrayList<>();

    @Test
    void clientReachesServerThroughTheAdminFile() throws Exception {
        try (AdminServer server = AdminServer.start(run, c -> Map.of("echo", c), errors::add)) {
            AdminClient.Reply reply = AdminClient.ask(run, "models").orElseThrow();
            assertEquals(Map.of("echo", "models"), reply.answer());
            assertEquals("127.0.0.1:" + server.port(), reply.address());
            AdminFile file = AdminFile.read(run).orElseThrow();
            assertEquals(server.port(), file.port());
            assertEquals(ProcessHandle.current().pid(), file.pid());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(AdminFile.path(run))));
        }
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void aWrongTokenIsRefused() throws Exception {
        try (AdminServer server = AdminServer.start(run, c -> Map.of("echo", c), errors::add);
             Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 2_000);
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write("0123 models\n".getBytes(StandardCharsets.UTF_8));
            String line = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)).readLine();
            Map<String, Object> answer = Json.parseObject(line);
            assertTrue(answer.containsKey("error"), line);
            assertFalse(answer.containsKey("echo"), line);
        }
    }

    @Test
    void closingRemovesTheFileAndClientsFindNobody() throws Exception {
        AdminServer server = AdminServer.start(run, c -> Map.of(), errors::add);
        assertTrue(Files.exists(AdminFile.path(run)));
        server.close();
        assertFalse(Files.exists(AdminFile.path(run)));
        assertTrue(AdminClient.ask(run, "ping").isEmpty());
    }

    @Test
    void aStaleFileOfAKilledNodeMeansNobody() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        new AdminFile(port, "abcd", 1).write(run);
        assertTrue(AdminClient.ask(run, "ping").isEmpty());
    }

    @Test
    void noFileMeansNobody() {
        assertTrue(AdminClient.ask(run, "ping").isEmpty());
    }
}
