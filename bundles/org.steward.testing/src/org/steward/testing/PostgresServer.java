package org.steward.testing;

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
 * loopback port for the user {@code steward} (trust authentication, or a password with scram-sha-256). PostgreSQL
 * refuses to run as root, so as root every command runs as {@code nobody} through runuser, in a folder owned by
 * nobody. Used by the store's OSGi tests and by the node distribution's integration tests (plain class path).
 */
public final class PostgresServer implements AutoCloseable {
    public static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
    public static final String USER = "steward";
    private final Path dir;
    private final Path data;
    private final int port;
    private final String password;

    private PostgresServer(Path dir, int port, String password) {
        this.dir = dir;
        this.data = dir.resolve("data");
        this.port = port;
        this.password = password;
    }

    /** A cluster with trust authentication: any connection from loopback as {@link #USER} is let in. */
    public static PostgresServer start() throws Exception {
        return start("");
    }

    /**
     * A cluster where {@link #USER} must give {@code password} (scram-sha-256), or trust authentication when it is
     * empty. The password reaches initdb through a file in the cluster's temporary folder, deleted right after.
     */
    public static PostgresServer start(String password) throws Exception {
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
        PostgresServer server = new PostgresServer(dir, port, password);
        List<String> initdb = new ArrayList<>(List.of(BIN.resolve("initdb").toString(), "-D", server.data.toString(), "-U", USER,
                "-E", "UTF8", "--locale=C", "-N"));
        Path pwfile = dir.resolve("pwfile");
        if (password.isEmpty()) {
            initdb.addAll(List.of("-A", "trust"));
        } else {
            Files.writeString(pwfile, password + "\n", StandardCharsets.UTF_8);
            if (isRoot()) {
                run(dir, List.of("chown", "nobody:", pwfile.toString()), false);
            }
            initdb.addAll(List.of("-A", "scram-sha-256", "--pwfile=" + pwfile));
        }
        try {
            run(dir, initdb, true);
        } finally {
            Files.deleteIfExists(pwfile);
        }
        run(dir, List.of(BIN.resolve("pg_ctl").toString(), "-D", server.data.toString(), "-l", dir.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-h 127.0.0.1 -p " + port + " -k " + dir + " -F", "start"), true);
        return server;
    }

    public int port() {
        return port;
    }

    /** Creates an empty database; {@code name} must be a plain identifier. */
    public void createDatabase(String name) throws SQLException {
        try (Connection c = connect("postgres"); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        }
    }

    /** A connection as {@link #USER} (with the password, if the cluster has one) through pgjdbc. */
    public Connection connect(String database) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", USER);
        if (!password.isEmpty()) {
            p.setProperty("password", password);
        }
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
