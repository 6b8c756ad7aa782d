package org.steward.node.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongPredicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.steward.testing.MqttPublisher;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The node's sensor ingest as separate processes against a real mosquitto and one Derby network server (run by a
 * third node with {@code store server start}): kill -9 during ingestion loses nothing that was acknowledged, and two
 * nodes sharing one subscription store every reading exactly once, over MQTT 3.1.1 and MQTT 5.
 */
class NodeIngestIT {
    private static final int READINGS = 20_000;

    @Test
    void killDashNineDuringIngestionLosesNothingAcknowledged(@TempDir Path dir) throws Exception {
        try (Broker broker = new Broker(dir.resolve("broker")); DbServer db = new DbServer(dir.resolve("db"))) {
            NodeDistribution node = configured(dir.resolve("node"), broker, db, "kill-node", "steward/+/+/+");
            Process p = node.start(dir.resolve("n.out"), dir.resolve("n.err"), "serve");
            awaitServing(dir.resolve("n.out"));
            Thread publisher = publisher(broker.uri(), "kill");
            publisher.start();
            await(db, c -> c >= 3_000, 120);
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL: the launcher execs java
            long atKill = db.count();
            assertTrue(atKill < READINGS, "the kill landed during ingestion (" + atKill + " stored)");
            publisher.join();
            Process again = node.start(dir.resolve("n2.out"), dir.resolve("n2.err"), "serve");
            try {
                awaitServing(dir.resolve("n2.out"));
                try {
                    await(db, c -> c >= READINGS, 180);
                } catch (AssertionError stalled) {
                    String err = Files.readString(dir.resolve("n2.err"));
                    throw new AssertionError(stalled.getMessage() + "; the restarted node's stderr ends with: "
                            + err.substring(Math.max(0, err.length() - 4000)), stalled);
                }
                Thread.sleep(2_000);
                assertEquals(READINGS, db.count(), "every published reading stored exactly once after the kill");
            } finally {
                again.destroy();
                again.waitFor(20, TimeUnit.SECONDS);
            }
        }
    }

    @ParameterizedTest(name = "MQTT {0}")
    @ValueSource(strings = {"3.1.1", "5"})
    void twoNodesSharingTheSubscriptionStoreEveryReadingOnce(String mqttVersion, @TempDir Path dir) throws Exception {
        try (Broker broker = new Broker(dir.resolve("broker")); DbServer db = new DbServer(dir.resolve("db"))) {
            String filter = "$share/steward/steward/+/+/+";
            String version = "mqttVersion=" + mqttVersion + "\n";
            NodeDistribution a = configured(dir.resolve("a"), broker, db, "share-a", filter, version);
            NodeDistribution b = configured(dir.resolve("b"), broker, db, "share-b", filter, version);
            Process pa = a.start(dir.resolve("a.out"), dir.resolve("a.err"), "serve");
            Process pb = b.start(dir.resolve("b.out"), dir.resolve("b.err"), "serve");
            try {
                awaitServing(dir.resolve("a.out"));
                awaitServing(dir.resolve("b.out"));
                Thread.sleep(2_000);
                Thread publisher = publisher(broker.uri(), "share");
                publisher.start();
                publisher.join();
                await(db, c -> c >= READINGS, 180);
                Thread.sleep(2_000);
                assertEquals(READINGS, db.count(), "all stored, none twice");
                assertEquals(0, db.count("SELECT COUNT(*) FROM REJECTED_READING"));
                // each node's own counters, asked through its admin channel, add up to what the database holds
                JsonObject ingestA = ingestStatus(a);
                JsonObject ingestB = ingestStatus(b);
                long storedA = ingestA.get("stored").getAsLong();
                long storedB = ingestB.get("stored").getAsLong();
                assertEquals(READINGS, storedA + storedB, "stored by a and by b: " + ingestA + " " + ingestB);
                assertTrue(storedA > 0 && storedB > 0, "both nodes took part: " + ingestA + " " + ingestB);
                for (JsonObject status : List.of(ingestA, ingestB)) {
                    assertTrue(status.get("connected").getAsBoolean(), status.toString());
                    assertEquals(0, status.get("rejected").getAsLong(), status.toString());
                    assertEquals(status.get("received").getAsLong(), status.get("acknowledged").getAsLong(),
                            "every message received was acknowledged after its commit: " + status);
                    assertEquals(filter, status.get("topicFilter").getAsString(), status.toString());
                }
                NodeDistribution.Result text = a.run("ingest");
                assertEquals(0, text.exitCode(), text.toString());
                assertTrue(text.out().contains("share-a") && text.out().contains(broker.uri()) && text.out().contains("connected")
                        && text.out().contains(String.format("stored %,d", storedA)), text.toString());
                // --watch: one line per look; nothing arrives any more, so the second line's rate is 0/s
                NodeDistribution.Result watch = a.run("ingest", "--watch", "1", "--count", "2");
                assertEquals(0, watch.exitCode(), watch.toString());
                List<String> lines = watch.out().lines().toList();
                assertEquals(2, lines.size(), watch.toString());
                assertTrue(lines.get(0).contains("share-a") && lines.get(0).contains("(-/s)"), watch.toString());
                assertTrue(lines.get(1).contains(String.format("stored %,d (0/s)", storedA)) && lines.get(1).contains("waiting 0"),
                        watch.toString());
                // mosquitto logs each client's protocol: p2 = MQTT 3.1.1, p5 = MQTT 5 (mosquitto's enum mosquitto__protocol)
                String protocol = mqttVersion.equals("5") ? "p5" : "p2";
                String log = Files.readString(dir.resolve("broker/mosquitto.log"));
                assertTrue(log.contains(" as share-a (" + protocol + ",") && log.contains(" as share-b (" + protocol + ","),
                        "both nodes connected with MQTT " + mqttVersion + "; the broker's log: " + log);
                // the one-shot "ingest" commands above did not start an ingest of their own from conf/ (one with
                // share-a's client id would have taken over serve's session): one connection per node
                assertEquals(1, log.lines().filter(l -> l.contains(" as share-a (")).count(), log);
            } finally {
                pa.destroy();
                pb.destroy();
                pa.waitFor(20, TimeUnit.SECONDS);
                pb.waitFor(20, TimeUnit.SECONDS);
            }
        }
    }

    private static NodeDistribution configured(Path home, Broker broker, DbServer db, String clientId, String filter) throws IOException {
        return configured(home, broker, db, clientId, filter, "");
    }

    /** @param moreIngestConfig further lines of the ingest's configuration, e.g. {@code mqttVersion=5\n} */
    private static NodeDistribution configured(Path home, Broker broker, DbServer db, String clientId, String filter,
            String moreIngestConfig) throws IOException {
        NodeDistribution node = NodeDistribution.copyInto(home);
        Files.writeString(node.home.resolve("conf/org.steward.store.cfg"),
                "mode=server\nhost=127.0.0.1\nport=" + db.port + "\ndatabase=ingest\n");
        Files.writeString(node.home.resolve("conf/org.steward.sensor.ingest.cfg"), "brokerUri=" + broker.uri() + "\nclientId=" + clientId
                + "\ntopicFilter=" + filter + "\nbatchSize=500\n" + moreIngestConfig);
        return node;
    }

    private static Thread publisher(String uri, String park) {
        return new Thread(() -> {
            try (MqttPublisher pub = new MqttPublisher(uri)) {
                Instant t0 = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
                pub.publishAll(READINGS, i -> "steward/" + park + "/S" + (i % 100) + "/cod",
                        i -> "{\"timestamp\":\"" + t0.plusSeconds(i / 100) + "\",\"value\":" + (i % 90 + 5) + "}");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** {@code steward-node ingest --json} of a serving node: its one ingest. */
    private static JsonObject ingestStatus(NodeDistribution node) throws Exception {
        NodeDistribution.Result r = node.run("ingest", "--json");
        assertEquals(0, r.exitCode(), r.toString());
        JsonArray ingests = JsonParser.parseString(r.out()).getAsJsonArray();
        assertEquals(1, ingests.size(), r.toString());
        return ingests.get(0).getAsJsonObject();
    }

    private static void awaitServing(Path out) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < end) {
            if (Files.exists(out) && Files.readString(out).contains("serving")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("node not serving within 120 s: " + (Files.exists(out) ? Files.readString(out) : ""));
    }

    private static void await(DbServer db, LongPredicate done, int seconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long c = -1;
        while (System.nanoTime() < end) {
            try {
                c = db.count();
                if (done.test(c)) {
                    return;
                }
            } catch (java.sql.SQLException notYet) {
                // the node has not created the table yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("stored readings: " + c + " after " + seconds + " s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** A Derby network server run by a node of the distribution ({@code store server start}). */
    private static final class DbServer implements AutoCloseable {
        final int port;
        final Process process;

        DbServer(Path dir) throws Exception {
            port = freePort();
            NodeDistribution node = NodeDistribution.copyInto(dir);
            process = node.start(dir.resolve("db.out"), dir.resolve("db.err"), "store", "server", "start", "--port", Integer.toString(port));
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!Files.readString(dir.resolve("db.out")).contains("listening")) {
                if (System.nanoTime() > end) {
                    throw new AssertionError("Derby server not up: " + Files.readString(dir.resolve("db.err")));
                }
                Thread.sleep(100);
            }
        }

        long count() throws Exception {
            return count("SELECT COUNT(*) FROM READING");
        }

        long count(String sql) throws Exception {
            try (Connection c = DriverManager.getConnection("jdbc:derby://127.0.0.1:" + port + "/ingest");
                 Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            process.waitFor(20, TimeUnit.SECONDS);
        }
    }

    /** mosquitto from Debian on a free loopback port, with persistence (keeps the node's session queue). */
    private static final class Broker implements AutoCloseable {
        final int port;
        final Process process;

        Broker(Path dir) throws Exception {
            Path bin = Path.of("/usr/sbin/mosquitto");
            assertTrue(Files.isExecutable(bin), "mosquitto is not installed: run releng/scripts/install-deps.sh");
            port = freePort();
            Files.createDirectories(dir);
            Path conf = dir.resolve("mosquitto.conf");
            Files.writeString(conf, "listener " + port + " 127.0.0.1\nallow_anonymous true\npersistence true\npersistence_location "
                    + dir + "/\nmax_queued_messages 0\nmax_inflight_messages 0\n");
            process = new ProcessBuilder(bin.toString(), "-c", conf.toString()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("mosquitto.log").toFile()).start();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (true) {
                try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                    return;
                } catch (IOException e) {
                    if (System.nanoTime() > end) {
                        throw e;
                    }
                    Thread.sleep(50);
                }
            }
        }

        String uri() {
            return "tcp://127.0.0.1:" + port;
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
