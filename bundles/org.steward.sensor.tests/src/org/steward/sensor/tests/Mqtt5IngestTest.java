package org.steward.sensor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

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
import org.steward.testing.MqttPublisher;
import org.steward.testing.Osgi;
import org.steward.testing.TestStore;

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
            Store store = TestStore.embedded(dir.resolve("db"), "org.steward.sensor");
            SensorIngest ingest = configureIngest(broker.uri(), "v5-" + System.nanoTime(), Map.of());
            Instant t0 = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
            try (MqttPublisher pub = new MqttPublisher(broker.uri())) {
                pub.publishAll(2000, i -> "steward/v5park/S" + (i % 4) + "/cod", i -> "{\"timestamp\":\"" + t0.plusSeconds(i) + "\",\"value\":12.5}");
                pub.publish("steward/v5park/S1/cod", "{\"timestamp\": 17");
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
            assertEquals(2000, TestStore.count(store, "SELECT COUNT(*) FROM READING WHERE SENSOR_ID LIKE 'v5park/%'"));
            assertEquals(1, TestStore.count(store, "SELECT COUNT(*) FROM REJECTED_READING WHERE TOPIC = 'steward/v5park/S1/cod'"
                    + " AND PAYLOAD = '{\"timestamp\": 17' AND REASON LIKE 'payload is not a JSON object%'"));
        }
    }

    @Test
    void aPersistentSessionReceivesWhatWasPublishedWhileTheNodeWasAway(@TempDir Path dir) throws Exception {
        try (Mosquitto broker = new Mosquitto(dir.resolve("broker"))) {
            Store store = TestStore.embedded(dir.resolve("db"), "org.steward.sensor");
            String clientId = "v5-session-" + System.nanoTime();
            SensorIngest first = configureIngest(broker.uri(), clientId, Map.of("sessionExpirySeconds", 3600L));
            Instant t0 = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
            try (MqttPublisher pub = new MqttPublisher(broker.uri())) { // one reading first: the subscription is in place
                pub.publish("steward/awaypark/S0/ph", "{\"timestamp\":\"" + t0 + "\",\"value\":7.0}");
            }
            Ingests.await(first, s -> s.stored() == 1 && s.acknowledged() == 1, broker::log);
            deleteIngestConfiguration(); // the node goes away; the broker keeps its session for an hour
            try (MqttPublisher pub = new MqttPublisher(broker.uri())) {
                pub.publishAll(500, i -> "steward/awaypark/S1/ph", i -> "{\"timestamp\":\"" + t0.plusSeconds(i) + "\",\"value\":7.1}");
            }
            SensorIngest back = configureIngest(broker.uri(), clientId, Map.of("sessionExpirySeconds", 3600L));
            Ingests.await(back, s -> s.stored() == 500 && s.acknowledged() == 500, broker::log);
            assertEquals(500, TestStore.count(store, "SELECT COUNT(*) FROM READING WHERE SENSOR_ID = 'awaypark/S1' AND PARAMETER = 'ph'"));
        }
    }

    @Test
    void usernameAndPasswordAreCheckedByTheBroker(@TempDir Path dir) throws Exception {
        // The node reads the password from the environment variable NAMED in its configuration; a test cannot set the
        // environment of its own JVM, so the broker's password is the value of a variable every test JVM has: HOME.
        String password = System.getenv("HOME");
        assertTrue(password != null && !password.isEmpty(), "the test needs HOME set");
        try (ConfiguredMosquitto broker = securedMosquitto(dir.resolve("secured"), "sensor-node", password)) {
            Store store = TestStore.embedded(dir.resolve("db"), "org.steward.sensor");
            SensorIngest ingest = configureIngest(broker.uri("tcp", 0), "v5-auth-" + System.nanoTime(),
                    Map.of("username", "sensor-node", "passwordEnv", "HOME"));
            Instant t0 = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
            try (MqttPublisher pub = new MqttPublisher(broker.uri("tcp", 0), "sensor-node", password)) {
                pub.publishAll(100, i -> "steward/authpark/S1/cod", i -> "{\"timestamp\":\"" + t0.plusSeconds(i) + "\",\"value\":3}");
            }
            Ingests.await(ingest, s -> s.stored() == 100, broker::log);
            assertEquals(100, TestStore.count(store, "SELECT COUNT(*) FROM READING WHERE SENSOR_ID = 'authpark/S1'"));

            // A wrong password (the value of PATH): the broker refuses the connection, the ingest does not start.
            deleteIngestConfiguration();
            Map<String, Object> wrong = ingestProperties(broker.uri("tcp", 0), "v5-wrong-" + System.nanoTime(),
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
        Path trusted = trustStore(dir.resolve("pki"), "Steward Test CA", storePassword);
        Path foreign = trustStore(dir.resolve("foreign"), "Some Other CA", storePassword);
        try (ConfiguredMosquitto broker = tlsMosquitto(dir.resolve("tls"), dir.resolve("pki"))) {
            Store store = TestStore.embedded(dir.resolve("db"), "org.steward.sensor");
            Instant t0 = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
            for (String version : List.of("5", "3.1.1")) {
                String sensor = "T" + version.replace(".", "");
                SensorIngest ingest = configureIngest(broker.uri("ssl", 1), "tls-" + sensor + "-" + System.nanoTime(),
                        Map.of("mqttVersion", version, "trustStore", trusted.toString(), "trustStorePasswordEnv", "PATH"));
                try (MqttPublisher pub = new MqttPublisher(broker.uri("tcp", 0))) {
                    pub.publishAll(50, i -> "steward/tlspark/" + sensor + "/cod", i -> "{\"timestamp\":\"" + t0.plusSeconds(i) + "\",\"value\":4}");
                }
                Ingests.await(ingest, s -> s.stored() == 50, broker::log);
                assertEquals(50, TestStore.count(store, "SELECT COUNT(*) FROM READING WHERE SENSOR_ID = 'tlspark/" + sensor + "'"), "MQTT " + version);
            }

            deleteIngestConfiguration();
            Map<String, Object> distrusting = ingestProperties(broker.uri("ssl", 1), "tls-foreign-" + System.nanoTime(),
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

    /** mosquitto with anonymous access off and one user in a password file made by mosquitto_passwd. */
    private static ConfiguredMosquitto securedMosquitto(Path dir, String user, String password) throws Exception {
        Files.createDirectories(dir);
        Path passwords = dir.resolve("passwords");
        run(dir, "/usr/bin/mosquitto_passwd", "-c", "-b", passwords.toString(), user, password);
        int port = Mosquitto.freePort();
        return new ConfiguredMosquitto(dir, "listener " + port + " 127.0.0.1\nallow_anonymous false\npassword_file " + passwords
                + "\nlog_type error\nlog_type warning\nlog_type notice\nlog_type information\n", port);
    }

    /** mosquitto with a plain listener (the first) and a TLS listener (the second) with the certificate made in {@code pki}. */
    private static ConfiguredMosquitto tlsMosquitto(Path dir, Path pki) throws Exception {
        int plain = Mosquitto.freePort();
        int tls = Mosquitto.freePort();
        return new ConfiguredMosquitto(dir, "allow_anonymous true\nlistener " + plain + " 127.0.0.1\nlistener " + tls
                + " 127.0.0.1\ncafile " + pki.resolve("ca.crt") + "\ncertfile " + pki.resolve("server.crt") + "\nkeyfile "
                + pki.resolve("server.key") + "\nlog_type all\n", plain, tls);
    }

    /** Makes a CA and a server certificate for 127.0.0.1 in {@code pki} and returns a trust store holding the CA. */
    private static Path trustStore(Path pki, String caName, String storePassword) throws Exception {
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
}
