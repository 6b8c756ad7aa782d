package org.steward.store.tests;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL 15 cluster from Debian's binaries, created in a temporary folder and listening on a free
 * loopback port (trust authentication for the user {@code steward}). PostgreSQL refuses to run as root, so as root
 * every command runs as {@code nobody} through runuser, in a folder owned by nobody.
 */
final class PostgresServer implements AutoCloseable {
    static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
    static final String USER = "steward";
    private final Path dir;
    private final Path data;
    private final int port;

    private PostgresServer(Path dir, int port) {
        this.dir = dir;
        this.data = dir.resolve("data");
        this.port = port;
    }

    static PostgresServer start() throws Exception {
        if (!Files.isExecutable(BIN.resolve("pg_ctl")) || !Files.isExecutable(BIN.resolve("initdb"))) {
            throw new AssertionError("PostgreSQL 15 binaries are missing under " + BIN
                    + "; install them with: sudo apt-get update && sudo apt-get install -y postgresql");
        }
        Path dir = Files.createTempDirectory("steward-pg");
        if (isRoot()) {
            run(dir, List.of("chown", "nobody:", dir.toString()), false);
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        PostgresServer server = new PostgresServer(dir, port);
        run(dir, List.of(BIN.resolve("initdb").toString(), "-D", server.data.toString(), "-U", USER, "-A", "trust", "-E", "UTF8",
                "--locale=C", "-N"), true);
        run(dir, List.of(BIN.resolve("pg_ctl").toString(), "-D", server.data.toString(), "-l", dir.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-h 127.0.0.1 -p " + port + " -k " + dir + " -F", "start"), true);
        return server;
    }

    int port() {
        return port;
    }

    /** Creates an empty database; {@code name} must be a plain identifier. */
    void createDatabase(String name) throws SQLException {
        try (Connection c = connect("postgres"); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        }
    }

    Connection connect(String database) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", USER);
        return new org.postgresql.Driver().connect("jdbc:postgresql://127.0.0.1:" + port + "/" + database, p);
    }

    @Override
    public void close() throws Exception {
        try {
            run(dir, List.of(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"), true);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void run(Path dir, List<String> command, boolean asPostgresUser) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgresUser && isRoot()) {
            full.addAll(List.of("runuser", "-u", "nobody", "--"));
        }
        full.addAll(command);
        // Output into a file, not a pipe: the server that pg_ctl forks must not hold our pipe open.
        Path outFile = Files.createTempFile("steward-pg-cmd", ".out");
        Process p = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(outFile.toFile()).start();
        boolean done = p.waitFor(120, TimeUnit.SECONDS);
        String out = Files.readString(outFile, StandardCharsets.UTF_8);
        Files.deleteIfExists(outFile);
        if (!done || p.exitValue() != 0) {
            String log = Files.isRegularFile(dir.resolve("server.log")) ? Files.readString(dir.resolve("server.log")) : "";
            throw new AssertionError(String.join(" ", full) + " failed:\n" + out + log);
        }
    }
}
