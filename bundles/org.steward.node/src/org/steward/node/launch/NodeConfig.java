package org.steward.node.launch;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Where the distribution is and the framework properties from {@code conf/node.properties}, with
 * {@code ${steward.home}} and {@code ${steward.run}} replaced.
 *
 * @param home       the distribution folder (holds bin, lib, system, bundles, deploy, conf)
 * @param run        the folder for run-time files: admin channel file, the serve node's bundle cache
 * @param properties framework properties
 */
public record NodeConfig(Path home, Path run, Map<String, String> properties) {

    /** System property naming the distribution folder; the launch script sets it. */
    public static final String HOME = "steward.home";
    /** System property naming the run folder; defaults to {@code <home>/run}. */
    public static final String RUN = "steward.run";
    /** Framework property: the folders whose jars are installed, comma-separated, relative to home. */
    public static final String BUNDLE_DIRS = "steward.node.bundle.dirs";
    /** Framework property: symbolic names of bundles installed only by {@code serve} (e.g. File Install). */
    public static final String SERVE_ONLY = "steward.node.serve.only";
    /**
     * Framework property: PIDs of {@code conf/} configurations applied only by {@code serve} — those that start a
     * long-running service (an MQTT session, alert publishing), which a one-shot command must not start: with the
     * same client id it would take over serve's MQTT session.
     */
    public static final String SERVE_ONLY_CONFIGURATIONS = "steward.node.serve.only.configurations";
    /** When node.properties does not say (one written before the property existed): the ingest and live tracing. */
    static final String DEFAULT_SERVE_ONLY_CONFIGURATIONS = "org.steward.sensor.ingest,org.steward.tracing.live";
    /** Framework property: the hot-deploy folder. */
    public static final String DEPLOY_DIR = "steward.node.deploy.dir";
    /** Framework property: the folder whose {@code <pid>.cfg} files become ConfigAdmin configurations. */
    public static final String CONF_DIR = "steward.node.conf.dir";
    /** Framework property: the trust policy for deployed bundles (accept-all, warn-unsigned, trusted-only). */
    public static final String TRUST_POLICY = "steward.node.trust.policy";
    /** Framework property: the folder of trusted signer certificates (.pem/.crt/.cer). */
    public static final String TRUST_KEYS = "steward.node.trust.keys";
    /** Framework property: the folder File Install watches in serve mode, fed by the deploy gate. */
    public static final String ACCEPTED_DIR = "felix.fileinstall.dir";
    /** Framework property: how long to wait for the command bundle, in milliseconds. */
    public static final String READY_TIMEOUT = "steward.node.ready.timeout";

    public NodeConfig {
        properties = Map.copyOf(properties);
    }

    public static NodeConfig fromSystemProperties() {
        String homeText = System.getProperty(HOME);
        Path home = homeText == null || homeText.isBlank() ? Path.of("").toAbsolutePath() : Path.of(homeText).toAbsolutePath();
        String runText = System.getProperty(RUN);
        Path run = runText == null || runText.isBlank() ? home.resolve("run") : Path.of(runText).toAbsolutePath();
        return load(home, run);
    }

    public static NodeConfig load(Path home, Path run) {
        Map<String, String> props = new LinkedHashMap<>();
        Path file = home.resolve("conf").resolve("node.properties");
        if (Files.isRegularFile(file)) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new IllegalStateException(LaunchMessages.get("config.unreadable", file, e.getMessage()), e);
            }
            for (String key : p.stringPropertyNames()) {
                props.put(key, p.getProperty(key).replace("${" + HOME + "}", home.toString())
                        .replace("${" + RUN + "}", run.toString()));
            }
        }
        // System properties given with -D override the file (e.g. -Dfelix.fileinstall.poll=100).
        for (String key : System.getProperties().stringPropertyNames()) {
            if (props.containsKey(key)) {
                props.put(key, System.getProperty(key));
            }
        }
        props.put(HOME, home.toString());
        props.put(RUN, run.toString());
        props.putIfAbsent(DEPLOY_DIR, home.resolve("deploy").toString());
        return new NodeConfig(home, run, props);
    }

    public List<Path> bundleDirs() {
        return split(properties.getOrDefault(BUNDLE_DIRS, "system,bundles")).stream().map(home::resolve).toList();
    }

    public List<String> serveOnly() {
        return split(properties.getOrDefault(SERVE_ONLY, ""));
    }

    public List<String> serveOnlyConfigurations() {
        return split(properties.getOrDefault(SERVE_ONLY_CONFIGURATIONS, DEFAULT_SERVE_ONLY_CONFIGURATIONS));
    }

    public Path deployDir() {
        return Path.of(properties.get(DEPLOY_DIR));
    }

    /** The configuration folder: {@value #CONF_DIR}, default {@code <home>/conf}. */
    public Path confDir() {
        String dir = properties.get(CONF_DIR);
        return dir == null || dir.isBlank() ? home.resolve("conf") : home.resolve(dir);
    }

    /** The policy text as configured; {@link org.steward.trust.TrustPolicy#parse} checks it. */
    public String trustPolicy() {
        return properties.getOrDefault(TRUST_POLICY, "warn-unsigned");
    }

    public Path trustedKeysDir() {
        return Path.of(properties.getOrDefault(TRUST_KEYS, home.resolve("conf/trusted").toString()));
    }

    /** Where accepted deploy-folder jars are copied for File Install (serve mode). */
    public Path acceptedDir() {
        return Path.of(properties.getOrDefault(ACCEPTED_DIR, run.resolve("deploy-accepted").toString()));
    }

    public long readyTimeoutMillis() {
        try {
            return Long.parseLong(properties.getOrDefault(READY_TIMEOUT, "30000").trim());
        } catch (NumberFormatException e) {
            return 30_000;
        }
    }

    private static List<String> split(String text) {
        return java.util.Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
