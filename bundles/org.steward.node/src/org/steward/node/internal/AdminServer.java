package org.steward.node.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.steward.core.json.Json;

/**
 * The admin channel of a {@code serve} node: a line-based TCP endpoint on 127.0.0.1 and an ephemeral port. A
 * request is one line {@code <token> <command>}, the answer one line of JSON; then the connection closes. The
 * port and token are in {@code run/admin.json}, which this class writes on start and removes on close.
 */
final class AdminServer implements AutoCloseable {

    static final String LOOPBACK = "127.0.0.1";
    private static final int READ_TIMEOUT_MILLIS = 2_000;
    private static final int MAX_LINE = 4_096;

    private final ServerSocket socket;
    private final String token;
    private final Path runDir;
    private final Function<String, Map<String, Object>> handler;
    private final Consumer<String> errors;
    private volatile boolean closed;

    private AdminServer(ServerSocket socket, String token, Path runDir, Function<String, Map<String, Object>> handler,
                        Consumer<String> errors) {
        this.socket = socket;
        this.token = token;
        this.runDir = runDir;
        this.handler = handler;
        this.errors = errors;
    }

    /** Opens the channel, writes {@code run/admin.json} and answers requests on a daemon thread. */
    static AdminServer start(Path runDir, Function<String, Map<String, Object>> handler, Consumer<String> errors)
            throws IOException {
        ServerSocket socket = new ServerSocket(0, 50, InetAddress.getByName(LOOPBACK));
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        AdminServer server = new AdminServer(socket, HexFormat.of().formatHex(secret), runDir, handler, errors);
        try {
            new AdminFile(socket.getLocalPort(), server.token, ProcessHandle.current().pid()).write(runDir);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        Thread thread = new Thread(server::acceptLoop, "steward-node-admin");
        thread.setDaemon(true);
        thread.start();
        return server;
    }

    int port() {
        return socket.getLocalPort();
    }

    private void acceptLoop() {
        while (!closed) {
            try (Socket client = socket.accept()) {
                answer(client);
            } catch (IOException | RuntimeException e) {
                if (!closed) {
                    errors.accept(Messages.get("admin.requestFailed", e));
                }
            }
        }
    }

    private void answer(Socket client) throws IOException {
        client.setSoTimeout(READ_TIMEOUT_MILLIS);
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        String line = readLine(in);
        Map<String, Object> response;
        int space = line.indexOf(' ');
        String given = space < 0 ? line : line.substring(0, space);
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            response = error(Messages.get("admin.badToken"));
        } else {
            response = handler.apply(space < 0 ? "" : line.substring(space + 1).trim());
        }
        OutputStream out = client.getOutputStream();
        out.write((Json.writeCompact(response) + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static String readLine(BufferedReader in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            if (line.length() >= MAX_LINE) {
                throw new IOException("request line longer than " + MAX_LINE + " characters");
            }
            line.append((char) c);
        }
        return line.toString().trim();
    }

    static Map<String, Object> error(String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", message);
        return m;
    }

    /** Stops answering and removes {@code run/admin.json} if it is still this node's. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        AdminFile.read(runDir).filter(f -> f.token().equals(token)).ifPresent(f -> {
            try {
                Files.deleteIfExists(AdminFile.path(runDir));
            } catch (IOException e) {
                errors.accept(Messages.get("admin.fileNotRemoved", AdminFile.path(runDir), e.getMessage()));
            }
        });
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
