package org.steward.node.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.testing.PostgresServer;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * One store configuration, {@code conf/org.steward.store.cfg}, chooses the database of the one-shot commands and of
 * {@code serve}: a Derby network server (another node process) and a real PostgreSQL 15 with a password that comes
 * only from a named environment variable. Each database is checked from outside the node (the server's folder, a
 * JDBC connection of the test's own), not only by what the node says.
 */
class NodeStoreConfigIT {

    private static final long START_BOUND_MILLIS = 90_000;
    private static final String PASSWORD_VARIABLE = "STEWARD_IT_DB_PASSWORD";

    @TempDir
    Path tmp;

    @Test
    void oneShotAndServeUseTheConfiguredDerbyNetworkServer() throws Exception {
        NodeDistribution server = NodeDistribution.copyInto(tmp.resolve("server"));
        Path out = tmp.resolve("server.out");
        Process derby = server.start(out, tmp.resolve("server.err"), "store", "server", "start", "--port", "0");
        try {
            int port = waitForPort(derby, out);
            Path databases = server.home.resolve("data");
            NodeDistribution node = NodeDistribution.copyInto(tmp.resolve("node"));
            Path workspace = tmp.resolve("workspace");
            String ws = "-Dsteward.workspace=" + workspace;

            writeStoreConfig(node, "mode=server\nhost=127.0.0.1\nport=" + port + "\ndatabase=oneshot\n");
            NodeDistribution.Result info = node.runWithOptions(ws, "store", "info", "--json");
            assertEquals(0, info.exitCode(), info.toString());
            JsonObject json = JsonParser.parseString(info.out()).getAsJsonObject();
            assertEquals("server", json.get("mode").getAsString(), info.toString());
            assertEquals("127.0.0.1:" + port + "/oneshot", json.get("location").getAsString(), info.toString());
            assertTrue(info.out().contains("steward.store"), "the store's migration is applied on the server: " + info);
            assertTrue(Files.isRegularFile(databases.resolve("oneshot/service.properties")),
                    "the network server created the database in its own folder " + databases);

            writeStoreConfig(node, "mode=server\nhost=127.0.0.1\nport=" + port + "\ndatabase=served\n");
            JsonObject served = askServeForStore(node, ws);
            assertEquals("server", served.get("mode").getAsString(), served.toString());
            assertEquals("127.0.0.1:" + port + "/served", served.get("location").getAsString(), served.toString());
            assertTrue(served.get("migrations").toString().contains("steward.store V1"), served.toString());
            assertTrue(Files.isRegularFile(databases.resolve("served/service.properties")), "serve used the server too");

            assertFalse(Files.exists(workspace.resolve(".steward/db")), "no embedded database was created beside");
        } finally {
            derby.destroy();
            derby.waitFor(30, TimeUnit.SECONDS);
            derby.destroyForcibly();
        }
    }

    @Test
    void oneShotAndServeUsePostgresqlWithThePasswordFromTheNamedVariable() throws Exception {
        String password = "it-" + Long.toHexString(System.nanoTime());
        try (PostgresServer pg = PostgresServer.start(password)) {
            pg.createDatabase("oneshot");
            pg.createDatabase("served");
            NodeDistribution node = NodeDistribution.copyInto(tmp.resolve("node"));
            String ws = "-Dsteward.workspace=" + tmp.resolve("workspace");
            String common = "mode=postgresql\nhost=127.0.0.1\nport=" + pg.port() + "\nuser=" + PostgresServer.USER
                    + "\npasswordEnv=" + PASSWORD_VARIABLE + "\n";

            writeStoreConfig(node, common + "database=oneshot\n");
            NodeDistribution.Result noPassword = node.runWithOptions(ws, "store", "info", "--json");
            assertEquals(1, noPassword.exitCode(), noPassword.toString());
            assertTrue(noPassword.err().contains(PASSWORD_VARIABLE), "the message names the unset variable: " + noPassword);

            node.environment.put(PASSWORD_VARIABLE, password);
            NodeDistribution.Result info = node.runWithOptions(ws, "store", "info", "--json");
            assertEquals(0, info.exitCode(), info.toString());
            JsonObject json = JsonParser.parseString(info.out()).getAsJsonObject();
            assertEquals("postgresql", json.get("mode").getAsString(), info.toString());
            assertTrue(json.get("location").getAsString().contains("127.0.0.1:" + pg.port() + "/oneshot"), info.toString());
            assertFalse(info.out().contains(password) || info.err().contains(password), "the password is never printed");
            assertEquals(1, appliedStoreMigrations(pg, "oneshot"), "the test's own JDBC connection sees the history row");

            writeStoreConfig(node, common + "database=served\n");
            JsonObject served = askServeForStore(node, ws);
            assertEquals("postgresql", served.get("mode").getAsString(), served.toString());
            assertTrue(served.get("location").getAsString().contains("/served"), served.toString());
            assertEquals(1, appliedStoreMigrations(pg, "served"), "serve applied the store's migration on PostgreSQL");
            assertFalse(Files.readString(node.home.resolve("conf/org.steward.store.cfg")).contains(password));
        }
    }

    @Test
    void aSecretInTheConfigurationFileStopsTheNodeNamingTheKey() throws Exception {
        NodeDistribution node = NodeDistribution.copyInto(tmp.resolve("node"));
        writeStoreConfig(node, "mode=postgresql\npassword=hunter2\n");
        NodeDistribution.Result r = node.run("store", "info");
        assertEquals(1, r.exitCode(), r.toString());
        assertTrue(r.err().contains("org.steward.store.cfg") && r.err().contains("'password'") && r.err().contains("passwordEnv"),
                r.toString());
    }

    /** Rows of the store's own schema in its history table, read through the test's own connection. */
    private static int appliedStoreMigrations(PostgresServer pg, String database) throws Exception {
        try (Connection c = pg.connect(database); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM steward_schema_history WHERE schema_name = 'steward.store'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void writeStoreConfig(NodeDistribution node, String text) throws Exception {
        Files.writeString(node.home.resolve("conf/org.steward.store.cfg"), text, StandardCharsets.UTF_8);
    }

    /** Starts serve, asks its admin channel for {@code store}, stops it with SIGTERM. */
    private JsonObject askServeForStore(NodeDistribution node, String jvmOptions) throws Exception {
        Path out = tmp.resolve("serve.out");
        Path err = tmp.resolve("serve.err");
        Process serve = node.startWithOptions(jvmOptions, out, err, "serve");
        try {
            long deadline = System.currentTimeMillis() + START_BOUND_MILLIS;
            while (!Files.isRegularFile(node.adminFile())) {
                if (!serve.isAlive() || System.currentTimeMillis() > deadline) {
                    fail("serve did not write " + node.adminFile() + ": " + Files.readString(out) + Files.readString(err));
                }
                Thread.sleep(50);
            }
            JsonObject answer = AdminChannel.of(node.adminFile()).ask("store");
            assertFalse(answer.has("error"), answer + "\n" + Files.readString(err));
            return answer;
        } finally {
            serve.destroy();
            if (!serve.waitFor(30, TimeUnit.SECONDS)) {
                serve.destroyForcibly();
            }
        }
    }

    private static int waitForPort(Process p, Path out) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(NodeDistribution.COMMAND_TIMEOUT_SECONDS);
        String text = "";
        while (System.nanoTime() < end && p.isAlive() && !(text = Files.readString(out)).contains("listening on")) {
            Thread.sleep(100);
        }
        Matcher m = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+),").matcher(text);
        assertTrue(m.find(), "the Derby network server did not start: " + text);
        return Integer.parseInt(m.group(1));
    }
}
