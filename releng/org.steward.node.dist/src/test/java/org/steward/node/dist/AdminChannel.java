package org.steward.node.dist;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The test's own client of a serve node's admin channel, written from the protocol in docs/node.md (one request
 * line {@code <token> <command>}, one JSON line back), not from the node's code.
 */
final class AdminChannel {

    final int port;
    private final String token;

    private AdminChannel(int port, String token) {
        this.port = port;
        this.token = token;
    }

    static AdminChannel of(Path adminFile) throws IOException {
        JsonObject json = JsonParser.parseString(Files.readString(adminFile, StandardCharsets.UTF_8)).getAsJsonObject();
        return new AdminChannel(json.get("port").getAsInt(), json.get("token").getAsString());
    }

    JsonObject ask(String command) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((token + " " + command + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            String line = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new IOException("the node closed the connection without an answer");
            }
            return JsonParser.parseString(line).getAsJsonObject();
        }
    }

    /** The model with this id in a {@code models} answer, or null. */
    static JsonObject model(JsonObject answer, String id) {
        for (JsonElement e : answer.getAsJsonArray("models")) {
            if (id.equals(e.getAsJsonObject().get("id").getAsString())) {
                return e.getAsJsonObject();
            }
        }
        return null;
    }

    /** All problem messages of a {@code models} answer, one per line. */
    static String problems(JsonObject answer) {
        StringBuilder text = new StringBuilder();
        for (JsonElement e : answer.getAsJsonArray("problems")) {
            text.append(e.getAsJsonObject().get("message").getAsString()).append('\n');
        }
        return text.toString();
    }
}
