package org.steward.node.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.samples.faulty.BrokenActivationModel;
import org.steward.samples.faulty.BrokenStartup;
import org.steward.samples.faulty.FailingModel;

import com.google.gson.JsonObject;

/**
 * {@code steward-node serve} of the built distribution, started without the sample bundle: hot deploy, update and
 * removal through the deploy folder, seen through the admin channel; a faulty bundle; SIGTERM.
 */
class NodeServeIT {

    private static final String SAMPLE = "samples.textstats";
    /** The node's promise: a jar dropped, replaced or removed shows within 2 s. */
    private static final long DEPLOY_BOUND_MILLIS = 2_000;
    private static final long START_BOUND_MILLIS = 60_000;

    @TempDir
    Path tmp;

    private NodeDistribution node;
    private Process serve;
    private Path serveOut;
    private Path serveErr;
    private Path sampleJar;
    private AdminChannel admin;

    @BeforeEach
    void startServe() throws Exception {
        node = NodeDistribution.copyInto(tmp.resolve("node"));
        Path inDist = node.bundleJar("org.steward.samples.textstats");
        sampleJar = Files.move(inDist, tmp.resolve("sample.jar"));
        serveOut = tmp.resolve("serve.out");
        serveErr = tmp.resolve("serve.err");
        serve = node.start(serveOut, serveErr, "serve");
        long deadline = System.currentTimeMillis() + START_BOUND_MILLIS;
        while (!Files.isRegularFile(node.adminFile())) {
            if (!serve.isAlive() || System.currentTimeMillis() > deadline) {
                fail("serve did not write " + node.adminFile() + ": " + output());
            }
            Thread.sleep(50);
        }
        admin = AdminChannel.of(node.adminFile());
        assertEquals("ready", admin.ask("ping").get("status").getAsString());
    }

    @AfterEach
    void killServe() throws InterruptedException {
        if (serve != null && serve.isAlive()) {
            serve.destroy();
            if (!serve.waitFor(15, TimeUnit.SECONDS)) {
                serve.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void adminChannelListensOnLoopbackOnly() throws Exception {
        // Every listening socket on the admin port, read from the kernel's table: local address 127.0.0.1 only.
        List<String> listening = listeningAddresses(admin.port);
        assertFalse(listening.isEmpty(), "the port " + admin.port + " is not in /proc/net/tcp*");
        for (String address : listening) {
            assertTrue(address.equals("0100007F") || address.equals("0000000000000000FFFF00000100007F"),
                    "listens on " + address + " (hex), not only on 127.0.0.1");
        }
        // And a connection to a non-loopback address of this machine is refused.
        for (InetAddress address : nonLoopbackAddresses()) {
            assertThrows(IOException.class, () -> {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress(address, admin.port), 1_000);
                }
            }, "reachable on " + address);
        }
        JsonObject badToken = askWithToken("not-the-token", "models");
        assertTrue(badToken.has("error"), "a request without the token is refused: " + badToken);
        assertFalse(badToken.has("models"));
    }

    @Test
    void jarsDroppedReplacedAndRemovedShowWithinTwoSeconds() throws Exception {
        assertNull(AdminChannel.model(admin.ask("models"), SAMPLE), "started without the sample");

        node.deployJar(sampleJar, "sample.jar");
        JsonObject added = awaitModels(a -> AdminChannel.model(a, SAMPLE) != null, "sample deployed");
        String builtVersion = AdminChannel.model(added, SAMPLE).get("bundleVersion").getAsString();

        // The command line asks the running node (and says so).
        NodeDistribution.Result cli = node.run("models");
        assertEquals(0, cli.exitCode(), cli.toString());
        assertTrue(cli.err().contains("serve node at 127.0.0.1:" + admin.port), cli.toString());
        assertTrue(cli.out().lines().anyMatch(l -> l.startsWith(SAMPLE + " ")), cli.toString());

        Path updated = Jars.withVersion(sampleJar, "0.1.1.updated", tmp.resolve("sample-0.1.1.jar"));
        node.deployJar(updated, "sample.jar");
        JsonObject afterUpdate = awaitModels(a -> {
            JsonObject m = AdminChannel.model(a, SAMPLE);
            return m != null && m.get("bundleVersion").getAsString().equals("0.1.1.updated");
        }, "sample updated from " + builtVersion);
        assertEquals(1, afterUpdate.getAsJsonArray("models").asList().stream()
                .filter(e -> e.getAsJsonObject().get("id").getAsString().equals(SAMPLE)).count(), "one sample, updated");

        Files.delete(node.deploy().resolve("sample.jar"));
        awaitModels(a -> AdminChannel.model(a, SAMPLE) == null, "sample removed");
        assertTrue(serve.isAlive());
    }

    @Test
    void faultyBundlesAreReportedAndTheNodeStaysUp() throws Exception {
        node.deployJar(NodeDistribution.faultyJar(), "faulty.jar");
        JsonObject withFaulty = awaitModels(a -> AdminChannel.model(a, FailingModel.ID) != null
                && AdminChannel.model(a, BrokenActivationModel.ID) != null
                && AdminChannel.problems(a).contains(BrokenStartup.MESSAGE), "faulty bundle deployed and reported");
        assertTrue(AdminChannel.problems(withFaulty).contains("org.steward.samples.faulty"), AdminChannel.problems(withFaulty));

        node.deployJar(Jars.unresolvable("org.steward.it.unresolvable", "org.example.missing", tmp.resolve("u.jar")),
                "unresolvable.jar");
        JsonObject withUnresolvable = awaitModels(a -> AdminChannel.problems(a).contains("org.example.missing"),
                "unresolvable bundle reported");
        assertTrue(AdminChannel.problems(withUnresolvable).contains("org.steward.it.unresolvable"));

        NodeDistribution.Result cli = node.run("models");
        assertEquals(0, cli.exitCode(), cli.toString());
        assertTrue(cli.err().contains("org.example.missing"), "models shows the problems: " + cli);

        // Still serving: a good bundle deployed after the bad ones arrives as usual.
        node.deployJar(sampleJar, "sample.jar");
        awaitModels(a -> AdminChannel.model(a, SAMPLE) != null, "sample deployed after the faulty ones");
        assertEquals("ready", admin.ask("ping").get("status").getAsString());
        assertTrue(serve.isAlive());
    }

    @Test
    void aSecondServeOnTheSameRunFolderIsRefused() throws Exception {
        NodeDistribution.Result second = node.run("serve");
        assertEquals(1, second.exitCode(), second.toString());
        assertTrue(second.err().contains("serve.lock"), second.toString());
        assertEquals("ready", admin.ask("ping").get("status").getAsString(), "the first node is untouched");
        assertEquals(admin.port, AdminChannel.of(node.adminFile()).port);
    }

    @Test
    void sigtermStopsTheNodeAndRemovesTheAdminFile() throws Exception {
        serve.destroy(); // SIGTERM
        assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "serve did not stop on SIGTERM: " + output());
        assertFalse(Files.exists(node.adminFile()), "run/admin.json is removed on exit");
        assertThrows(IOException.class, () -> admin.ask("ping"), "nobody listens any more");
    }

    /** Polls the admin channel until {@code condition} holds, at most {@link #DEPLOY_BOUND_MILLIS} after now. */
    private JsonObject awaitModels(Predicate<JsonObject> condition, String what) throws Exception {
        long start = System.nanoTime();
        JsonObject last = null;
        while (System.nanoTime() - start < TimeUnit.MILLISECONDS.toNanos(DEPLOY_BOUND_MILLIS)) {
            last = admin.ask("models");
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(50);
        }
        fail(what + ": not seen within " + DEPLOY_BOUND_MILLIS + " ms; last answer " + last + "\n" + output());
        return last;
    }

    private JsonObject askWithToken(String token, String command) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", admin.port), 2_000);
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((token + " " + command + "\n").getBytes(StandardCharsets.UTF_8));
            String line = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8)).readLine();
            assertNotNull(line);
            return com.google.gson.JsonParser.parseString(line).getAsJsonObject();
        }
    }

    /** Local addresses (hex, as the kernel writes them) of the sockets listening on {@code port}. */
    private static List<String> listeningAddresses(int port) throws IOException {
        String portHex = String.format(Locale.ROOT, "%04X", port);
        List<String> found = new java.util.ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.isReadable(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
                String[] f = line.trim().split("\\s+");
                String[] local = f[1].split(":");
                if (local[1].equals(portHex) && f[3].equals("0A")) { // 0A = LISTEN
                    found.add(local[0]);
                }
            }
        }
        return found;
    }

    private static List<InetAddress> nonLoopbackAddresses() throws IOException {
        List<InetAddress> list = new java.util.ArrayList<>();
        for (NetworkInterface nif : NetworkInterface.networkInterfaces().toList()) {
            if (nif.isUp() && !nif.isLoopback()) {
                nif.inetAddresses().filter(a -> a instanceof Inet4Address).forEach(list::add);
            }
        }
        return list;
    }

    private String output() {
        try {
            return "\n--- serve stdout\n" + Files.readString(serveOut) + "--- serve stderr\n" + Files.readString(serveErr);
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }
}
