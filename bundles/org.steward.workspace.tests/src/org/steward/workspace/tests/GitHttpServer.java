package org.steward.workspace.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real Git smart-HTTP server for tests: the JDK's HTTP server on a free loopback port, asking for Basic
 * authentication, in front of Git's own CGI program {@code git http-backend} (Debian package git). Repositories live
 * under {@code root}; URLs are {@code http://127.0.0.1:PORT/git/<name>}.
 */
final class GitHttpServer implements AutoCloseable {
    static final Path BACKEND = Path.of("/usr/lib/git-core/git-http-backend");
    private final HttpServer server;
    private final Path root;
    private final String expected;
    /** One line per request: method, path, and whether it was let in (never the credentials). */
    final List<String> requests = new CopyOnWriteArrayList<>();

    private GitHttpServer(HttpServer server, Path root, String user, String password) {
        this.server = server;
        this.root = root;
        this.expected = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static GitHttpServer start(Path root, String user, String password) throws IOException {
        if (!Files.isExecutable(BACKEND)) {
            throw new AssertionError(BACKEND + " is missing; install it with: sudo apt-get update && sudo apt-get install -y git");
        }
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        GitHttpServer s = new GitHttpServer(http, root, user, password);
        http.createContext("/git/", s::handle);
        http.setExecutor(Executors.newFixedThreadPool(4));
        http.start();
        return s;
    }

    String url(String repository) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/git/" + repository;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            boolean ok = expected.equals(auth);
            requests.add(ex.getRequestMethod() + " " + ex.getRequestURI().getPath() + (ok ? " 200" : " 401"));
            if (!ok) {
                ex.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"steward-test\"");
                ex.sendResponseHeaders(401, -1);
                return;
            }
            cgi(ex);
        }
    }

    /** Runs git http-backend with the CGI variables of this request and copies its answer back. */
    private void cgi(HttpExchange ex) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(BACKEND.toString());
        Map<String, String> env = pb.environment();
        env.put("GIT_PROJECT_ROOT", root.toString());
        env.put("GIT_HTTP_EXPORT_ALL", "1");
        env.put("REMOTE_USER", "tester"); // authenticated: http-backend then allows receive-pack (push)
        env.put("GATEWAY_INTERFACE", "CGI/1.1");
        env.put("REQUEST_METHOD", ex.getRequestMethod());
        env.put("PATH_INFO", ex.getRequestURI().getPath().substring("/git".length()));
        env.put("QUERY_STRING", ex.getRequestURI().getRawQuery() == null ? "" : ex.getRequestURI().getRawQuery());
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        env.put("CONTENT_TYPE", type == null ? "" : type);
        String encoding = ex.getRequestHeaders().getFirst("Content-Encoding");
        if (encoding != null) {
            env.put("HTTP_CONTENT_ENCODING", encoding);
        }
        String protocol = ex.getRequestHeaders().getFirst("Git-Protocol");
        if (protocol != null) {
            env.put("GIT_PROTOCOL", protocol);
        }
        Process p = pb.redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream in = p.getOutputStream(); InputStream body = ex.getRequestBody()) {
            body.transferTo(in);
        }
        byte[] out;
        try (InputStream o = p.getInputStream()) {
            out = o.readAllBytes();
        }
        try {
            p.waitFor(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int[] split = headerEnd(out);
        String headers = new String(out, 0, split[0], StandardCharsets.ISO_8859_1);
        int status = 200;
        for (String line : headers.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Status")) {
                status = Integer.parseInt(value.split(" ")[0]);
            } else {
                ex.getResponseHeaders().add(name, value);
            }
        }
        int bodyStart = split[1];
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (bodyStart < out.length) {
            bytes.write(out, bodyStart, out.length - bodyStart);
        }
        ex.sendResponseHeaders(status, bytes.size() == 0 ? -1 : bytes.size());
        if (bytes.size() > 0) {
            try (OutputStream o = ex.getResponseBody()) {
                bytes.writeTo(o);
            }
        }
    }

    /** Where the CGI headers end and where the body starts (after the blank line, LF or CRLF). */
    private static int[] headerEnd(byte[] out) {
        for (int i = 0; i + 1 < out.length; i++) {
            if (out[i] == '\n' && out[i + 1] == '\n') {
                return new int[] {i, i + 2};
            }
            if (i + 3 < out.length && out[i] == '\r' && out[i + 1] == '\n' && out[i + 2] == '\r' && out[i + 3] == '\n') {
                return new int[] {i, i + 4};
            }
        }
        return new int[] {out.length, out.length};
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
