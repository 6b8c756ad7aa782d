package org.steward.node.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.steward.core.json.Json;

/** Asks the {@code serve} node of the same distribution, if one is running, through its admin channel. */
final class AdminClient {
    private static final int CONNECT_TIMEOUT_MILLIS = 1_000;
    private static final int READ_TIMEOUT_MILLIS = 10_000;

    /**
     * @param address where the node was found, e.g. {@code 127.0.0.1:40123}
     * @param answer  its JSON answer
     */
    record Reply(String address, Map<String, Object> answer) {
    }

    private AdminClient() {
    }

    /** Empty when no node is serving (no admin file, or nobody listens on its port any more). */
    static Optional<Reply> ask(Path runDir, String command) {
        Optional<AdminFile> file = AdminFile.read(runDir);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        AdminFile admin = file.get();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(AdminServer.LOOPBACK, admin.port()), CONNECT_TIMEOUT_MILLIS);
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write((admin.token() + " " + command + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            String line = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            if (line == null) {
                return Optional.empty();
            }
            return Optional.of(new Reply(AdminServer.LOOPBACK + ":" + admin.port(), Json.parseObject(line)));
        } catch (IOException | Json.JsonException e) {
            return Optional.empty(); // a stale file from a node that was killed
        }
    }
}
