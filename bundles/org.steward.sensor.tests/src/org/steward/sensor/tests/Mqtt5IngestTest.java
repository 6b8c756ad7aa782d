package org.steward.sensor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.steward.sensor.IngestStats;
import org.steward.sensor.SensorIngest;
import org.steward.store.Store;
import org.steward.testing.Mosquitto;
import org.steward.testing.Osgi;

/**
 * The ingest over MQTT 5 ({@code mqttVersion=5}, Paho's v5 client) against a real mosquitto 2: readings stored and
 * acknowledged only after their commit, a malformed payload set aside with its reason, a persistent session (clean
 * start off + session expiry) that receives what was published while the node was away, and username/password
 * checked by the broker (mosquitto password file made with mosquitto_passwd).
 */
class Mqtt5IngestTest {

    @AfterEach
    void unconfigure() throws Exception {
        deleteIngestConfiguration();
    }

    @Test
    void readingsAreStoredAndAcknowledgedAfterTheirCommitAndAMalformedOneIsSetAside(@TempDir Path dir) throws Exception {
        try (Mosquitto broker = new Mosquitto(dir.resolve("broker"))) {
            Store store = configureStore(dir.resolve("db"));
            SensorIngest ingest = configureIngest(broker.uri(), "v5-" + System.nanoTime(), Map.of());
            Instant t0 = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
            try (Publisher pub = new Publisher(broker.uri())) {
                for (int i = 0; i < 2000; i++) {
                    pub.send("steward/v5park/S" + (i % 4) + "/cod", "{\"timestamp\":\"" + t0.plusSeconds(i) + "\",\"value\":12.5}");
                }
                pub.send("steward/v5park/S1/cod", "{\"timestamp\": 17");
                // Acknowledged only after the commit: at no moment may more messages be acknowledged than were
                // committed (stored, duplicate or set aside); the counters move before the acknowledgements.
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                IngestStats s = ingest.stats();
                while (!(s.stored() == 2000 && s.rejected() == 1 && s.acknowledged() == 2001) && System.nanoTime() < end) {
                    s = ingest.stats();
                    assertTrue(s.acknowledged() <= s.stored() + s.duplicates() + s.rejected(), "acknowledged before committed: " + s);
                    Thread.sleep(2);
                }
                assertEquals(new IngestStats(2001, 2000, 0, 1, 2001), ingest.stats());
            }
            assertEquals(2000, count(store, "SELECT COUNT(*) FROM READING WHERE SENSOR_ID LIKE 'v5park/%'"));
            assertEquals(1, count(store, "SELECT COUNT(*) FROM REJECTED_READING WHERE TOPIC = 'steward/v5park/S1/cod'"
                    + " AND PAYLOAD = '{\"timestamp\": 17' AND REASON LIKE 'payload is not a JSON object%'"));
        }
    }

    @Test
    void aPersistentSessionReceivesWhatWasPublishedWhileTheNodeWasAway(@TempDir Path dir) throws Exception {
        try (Mosquitto broker = new Mosquitto(dir.resolve("broker"))) {
            Store store = configureStore(dir.resolve("db"));
            String clientId = "v5-session-" + System.nanoTime();
            SensorIngest first = configureIngest(broker.uri(), clientId, Map.of("sessionExpirySeconds", 3600L));
            Instant t0 = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
            try (Publisher pub = new Publisher(broker.uri())) { // one reading first: the subscription is in place
                pub.send("steward/awaypark/S0/ph", "{\"timestamp\":\"" + t0 + "\",\"value\":7.0}");
            }
            await(first, s -> s.stored() == 1 && s.acknowledged() == 1, broker);
            deleteIngestConfiguration(); // the node goes away; the broker keeps its session for an hour
            try (Publisher pub = new Publisher(broker.uri())) {
                for (int i = 0; i < 500; i++) {
                    pub.send("steward/awaypark/S1/ph", "{\"timestamp\":\"" + t0.plusSeconds(i) + "\",\"value\":7.1}");
                }
            }
            SensorIngest back = configureIngest(broker.uri(), clientId, Map.of("sessionExpirySeconds", 3600L));
            await(back, s -> s.stored() == 500 && s.acknowledged() == 500, broker);
            assertEquals(500, count(store, "SELECT COUNT(*) FROM READING WHERE SENSOR_ID = 'awaypark/S1' AND PARAMETER = 'ph'"));
        }
    }

    @Test
    void usernameAndPasswordAreCheckedByTheBroker(@TempDir Path dir) throws Exception {
        // The node reads the password from the environment variable NAMED in its configuration; a test cannot set the
        // environment of its own JVM, so the broker's password is the value of a variable every test JVM has: HOME.
        String password = System.getenv("HOME");
        assertTrue(password != null && !password.isEmpty(), "the test needs HOME set");
        try (SecuredMosquitto broker = new SecuredMosquitto(dir.resolve("secured"), "sensor-node", password)) {
            Store store = configureStore(dir.resolve("db"));
            SensorIngest ingest = configureIngest(broker.uri(), "v5-auth-" + System.nanoTime(),
                    Map.of("username", "sensor-node", "passwordEnv", "HOME"));
            Instant t0 = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
            try (Publisher pub = new Publisher(broker.uri(), "sensor-node", password)) {
                for (int i = 0; i < 100; i++) {
                    pub.send("steward/authpark/S1/cod", "{\"timestamp\":\"" + t0.plusSeconds(i) + "\",\"value\":3}");
                }
            }
            await(ingest, s -> s.stored() == 100, null);
            assertEquals(100, count(store, "SELECT COUNT(*) FROM READING WHERE SENSOR_ID = 'authpark/S1'"));

            // A wrong password (the value of PATH): the broker refuses the connection, the ingest does not start.
            deleteIngestConfiguration();
            Map<String, Object> wrong = ingestProperties(broker.uri(), "v5-wrong-" + System.nanoTime(),
                    Map.of("username", "sensor-node", "passwordEnv", "PATH"));
            Osgi.service(ConfigurationAdmin.class).getConfiguration(SensorIngest.PID, "?").update(new java.util.Hashtable<>(wrong));
            Thread.sleep(3_000);
            // SCR may keep the immediate component's registration, but its activation failed: no instance, none connected
            for (ServiceReference<SensorIngest> r : Osgi.context().getServiceReferences(SensorIngest.class, null)) {
                SensorIngest running = Osgi.context().getService(r);
                try {
                    assertTrue(running == null || !running.connected(), "an ingest with a wrong password must not run");
                } finally {
                    Osgi.context().ungetService(r);
                }
            }
            assertTrue(broker.log().contains("not authorised") || broker.log().contains("bad user name or password"),
                    "the broker refused the wrong password; its log: " + broker.log());
        }
    }

    /**
     * TLS, MQTT 5 and 3.1.1: the ingest connects to mosquitto's TLS listener trusting only the configured authority
     * (a CA and a server certificate for 127.0.0.1 made by openssl in the test); a trust store holding another
     * authority fails the handshake and the ingest does not run. Readings are published on the broker's plain listener.
     */
    @Test
    void tlsConnectionsTrustOnlyTheConfiguredAuthority(@TempDir Path dir) throws Exception {
        // the trust store's password comes from the variable NAMED in the configuration (see the password test): PATH
        String storePassword = System.getenv("PATH");
        Path trusted = TlsMosquitto.trustStore(dir.resolve("pki"), "Steward Test CA", storePassword);
        Path foreign = TlsMosquitto.trustStore(dir.resolve("foreign"), "Some Other CA", storePassword);
        try (TlsMosquitto broker = new TlsMosquitto(dir.resolve("tls"), dir.resolve("pki"))) {
            Store store = configureStore(dir.resolve("db"));
            Instant t0 = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
            for (String version : List.of("5", "3.1.1")) {
                String sensor = "T" + version.replace(".", "");
                SensorIngest ingest = configureIngest(broker.tlsUri(), "tls-" + sensor + "-" + System.nanoTime(),
                        Map.of("mqttVersion", version, "trustStore", trusted.toString(), "trustStorePasswordEnv", "PATH"));
                try (Publisher pub = new Publisher(broker.plainUri())) {
                    for (int i = 0; i < 50; i++) {
                        pub.send("steward/tlspark/" + sensor + "/cod", "{\"timestamp\":\"" + t0.plusSeconds(i) + "\",\"value\":4}");
                    }
                }
                await(ingest, s -> s.stored() == 50, null);
                assertEquals(50, count(store, "SELECT COUNT(*) FROM READING WHERE SENSOR_ID = 'tlspark/" + sensor + "'"), "MQTT " + version);
            }

            deleteIngestConfiguration();
            Map<String, Object> distrusting = ingestProperties(broker.tlsUri(), "tls-foreign-" + System.nanoTime(),
                    Map.of("trustStore", foreign.toString(), "trustStorePasswordEnv", "PATH"));
            Osgi.service(ConfigurationAdmin.class).getConfiguration(SensorIngest.PID, "?").update(new java.util.Hashtable<>(distrusting));
            Thread.sleep(3_000);
            for (ServiceReference<SensorIngest> r : Osgi.context().getServiceReferences(SensorIngest.class, null)) {
                SensorIngest running = Osgi.context().getService(r);
                try {
                    assertTrue(running == null || !running.connected(), "an ingest that does not trust the broker's certificate must not run");
                } finally {
                    Osgi.context().ungetService(r);
                }
            }
            assertTrue(broker.log().toLowerCase(java.util.Locale.ROOT).contains("ssl"),
                    "the broker saw the refused handshake; its log: " + broker.log());
        }
    }

    // --- helpers

    private static Map<String, Object> ingestProperties(String uri, String clientId, Map<String, Object> extra) {
        Map<String, Object> p = new HashMap<>(Map.of("brokerUri", uri, "clientId", clientId, "topicFilter", "steward/+/+/+",
                "batchSize", 300, "mqttVersion", "5"));
        p.putAll(extra);
        return p;
    }

    private static SensorIngest configureIngest(String uri, String clientId, Map<String, Object> extra) throws Exception {
        deleteIngestConfiguration();
        Osgi.start("org.steward.store", "org.steward.sensor");
        return Osgi.configure(SensorIngest.PID, ingestProperties(uri, clientId, extra), SensorIngest.class, SensorIngest::connected);
    }

    /** Deletes the ingest's configuration and waits until its component is gone (so the next one is a new one). */
    private static void deleteIngestConfiguration() throws Exception {
        Osgi.start("org.apache.felix.configadmin", "org.apache.felix.scr");
        Configuration c = Osgi.service(ConfigurationAdmin.class).getConfiguration(SensorIngest.PID, "?");
        if (c.getProperties() != null) {
            c.delete();
        }
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!Osgi.context().getServiceReferences(SensorIngest.class, null).isEmpty() && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        for (ServiceReference<SensorIngest> r : Osgi.context().getServiceReferences(SensorIngest.class, null)) {
            throw new AssertionError("the ingest did not stop: " + r);
        }
    }

    private static Store configureStore(Path db) {
        String location = db.toAbsolutePath().toString();
        Osgi.start("org.steward.store", "org.steward.sensor");
        return Osgi.configure(Store.PID, Map.of("mode", "embedded", "path", location), Store.class, s -> s.info().location().equals(location));
    }

    private static long count(Store configured, String sql) throws Exception {
        String location = configured.info().location();
        Store store = Osgi.service(Store.class, s -> s.info().location().equals(location), Osgi.DEFAULT_WAIT);
        return store.transaction(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static void await(SensorIngest ingest, Predicate<IngestStats> done, Object broker) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < end) {
            if (done.test(ingest.stats())) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("ingestion did not get there within 60 s: " + ingest.stats()
                + (broker instanceof Mosquitto m ? "; broker log: " + m.log() : ""));
    }

    /** mosquitto with anonymous access off and one user in a password file made by mosquitto_passwd. */
    private static final class SecuredMosquitto implements AutoCloseable {
        private final Path log;
        private final int port;
        private final Process process;

        SecuredMosquitto(Path dir, String user, String password) throws Exception {
            Files.createDirectories(dir);
            Path passwords = dir.resolve("passwords");
            Process p = new ProcessBuilder("/usr/bin/mosquitto_passwd", "-c", "-b", passwords.toString(), user, password)
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), "mosquitto_passwd failed: " + out);
            port = Mosquitto.freePort();
            log = dir.resolve("mosquitto.log");
            Path conf = dir.resolve("mosquitto.conf");
            // run as the test's user: started as root, mosquitto would otherwise switch to the user "mosquitto", which
            // cannot read a password file in the test's private temporary folder (ignored when not started as root)
            Files.writeString(conf, "user " + System.getProperty("user.name") + "\nlistener " + port
                    + " 127.0.0.1\nallow_anonymous false\npassword_file " + passwords
                    + "\nmax_queued_messages 100000\nlog_dest stderr\nlog_type error\nlog_type warning\nlog_type notice\nlog_type information\n");
            process = new ProcessBuilder("/usr/sbin/mosquitto", "-c", conf.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < end) {
                try (java.net.Socket s = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
                    return;
                } catch (IOException notYet) {
                    Thread.sleep(50);
                }
            }
            throw new IOException("mosquitto did not listen within 10 s: " + log());
        }

        String uri() {
            return "tcp://127.0.0.1:" + port;
        }

        String log() {
            try {
                return Files.readString(log);
            } catch (IOException e) {
                return e.toString();
            }
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * mosquitto with a plain listener and a TLS listener (certificate for 127.0.0.1 signed by a CA made in the
     * folder given by {@link #trustStore}).
     */
    private static final class TlsMosquitto implements AutoCloseable {
        private final Path log;
        private final int plainPort;
        private final int tlsPort;
        private final Process process;

        /** Makes a CA and a server certificate for 127.0.0.1 in {@code pki} and returns a trust store holding the CA. */
        static Path trustStore(Path pki, String caName, String storePassword) throws Exception {
            Files.createDirectories(pki);
            run(pki, "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.crt", "-days", "2",
                    "-subj", "/CN=" + caName);
            run(pki, "openssl", "req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=127.0.0.1");
            Files.writeString(pki.resolve("san.ext"), "subjectAltName=IP:127.0.0.1\n");
            run(pki, "openssl", "x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial",
                    "-out", "server.crt", "-days", "2", "-extfile", "san.ext");
            Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
            run(pki, keytool.toString(), "-importcert", "-noprompt", "-alias", "ca", "-file", "ca.crt", "-keystore", "trust.p12",
                    "-storetype", "PKCS12", "-storepass", storePassword);
            return pki.resolve("trust.p12");
        }

        private static void run(Path dir, String... command) throws Exception {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), command[0] + " failed: " + out);
        }

        TlsMosquitto(Path dir, Path pki) throws Exception {
            Files.createDirectories(dir);
            plainPort = Mosquitto.freePort();
            tlsPort = Mosquitto.freePort();
            log = dir.resolve("mosquitto.log");
            Path conf = dir.resolve("mosquitto.conf");
            // run as the test's user, as SecuredMosquitto does, so it can read the key in the test's private folder
            Files.writeString(conf, "user " + System.getProperty("user.name") + "\nallow_anonymous true\nlistener " + plainPort
                    + " 127.0.0.1\nlistener " + tlsPort + " 127.0.0.1\ncafile " + pki.resolve("ca.crt") + "\ncertfile "
                    + pki.resolve("server.crt") + "\nkeyfile " + pki.resolve("server.key")
                    + "\nmax_queued_messages 100000\nlog_dest stderr\nlog_type all\n");
            process = new ProcessBuilder("/usr/sbin/mosquitto", "-c", conf.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < end) {
                try (java.net.Socket s = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), tlsPort)) {
                    return;
                } catch (IOException notYet) {
                    Thread.sleep(50);
                }
            }
            throw new IOException("mosquitto did not listen within 10 s: " + log());
        }

        String plainUri() {
            return "tcp://127.0.0.1:" + plainPort;
        }

        String tlsUri() {
            return "ssl://127.0.0.1:" + tlsPort;
        }

        String log() {
            try {
                return Files.readString(log);
            } catch (IOException e) {
                return e.toString();
            }
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    /** A plain Paho (v3) publisher at QoS 1: the publisher's protocol version does not matter to the subscriber. */
    private static final class Publisher implements AutoCloseable {
        private final MqttClient client;

        Publisher(String uri) throws Exception {
            this(uri, null, null);
        }

        Publisher(String uri, String user, String password) throws Exception {
            client = new MqttClient(uri, "pub-" + System.nanoTime(), new MemoryPersistence());
            MqttConnectOptions o = new MqttConnectOptions();
            o.setMaxInflight(1000);
            if (user != null) {
                o.setUserName(user);
                o.setPassword(password.toCharArray());
            }
            client.connect(o);
        }

        void send(String topic, String payload) throws Exception {
            MqttMessage m = new MqttMessage(payload.getBytes(StandardCharsets.UTF_8));
            m.setQos(1);
            client.publish(topic, m);
        }

        @Override
        public void close() throws Exception {
            client.disconnect();
            client.close();
        }
    }
}
