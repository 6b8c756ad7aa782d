package org.steward.sdk.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * What a partner does with the SDK, for real: unzip it, copy the template project somewhere outside the Steward
 * source tree, build it with one command (a separate Maven process, offline: the outer build has filled the local
 * repository), then drop the built bundle into a copy of the node and run its model.
 */
class SdkTemplateIT {

    private static final long BUILD_TIMEOUT_SECONDS = 600;

    @TempDir
    static Path work;

    static Path sdk;
    static Path project;
    static Processes.Result build;

    @BeforeAll
    static void buildTheTemplateOutsideTheSourceTree() throws Exception {
        sdk = SdkZip.unpack(Path.of(System.getProperty("steward.sdk.zip")), work.resolve("unpacked")).resolve("steward-sdk");
        project = work.resolve("partner-project");
        copyTree(sdk.resolve("template"), project);
        // Offline: the outer build has just put every artifact the template needs into the local repository.
        List<String> command = List.of("./mvnw", "-B", "-o", "verify", "-Dsteward.sdk=" + sdk);
        build = Processes.run(project, BUILD_TIMEOUT_SECONDS, command);
    }

    @Test
    void theSdkHoldsRepositoryTargetSchemasJavadocAndGuide() {
        assertTrue(Files.isRegularFile(sdk.resolve("repository/content.jar")) || Files.isRegularFile(sdk.resolve("repository/content.xml.xz")),
                "p2 metadata in repository/");
        assertTrue(jarStartingWith(sdk.resolve("repository/plugins"), "org.steward.core.source_"), "core sources");
        assertTrue(Files.isRegularFile(sdk.resolve("schema/modelUi.exsd")));
        assertTrue(Files.isRegularFile(sdk.resolve("javadoc/org/steward/core/model/AnalysisModel.html")), "Javadoc of the model API");
        assertTrue(Files.isRegularFile(sdk.resolve("GUIDE.md")));
    }

    @Test
    void theTemplateBuildsAgainstTheSdkAndItsTestsPass() throws IOException {
        assertEquals(0, build.exitCode(), build::toString);
        Path reports = project.resolve("bundles/com.example.steward.phcheck.tests/target/surefire-reports");
        String report = readAll(reports, ".xml");
        assertTrue(report.contains("tests=\"3\""), "the template's 3 tests ran:\n" + report);
        assertTrue(report.contains("failures=\"0\"") && report.contains("errors=\"0\""), report);
        assertTrue(jarStartingWith(project.resolve("bundles/com.example.steward.phcheck.ui/target"),
                "com.example.steward.phcheck.ui-"), "the UI contribution was built");
    }

    @Test
    void theBuiltBundleRunsInTheNodeFromItsDeployFolder() throws Exception {
        assertEquals(0, build.exitCode(), build::toString);
        Path node = work.resolve("node");
        copyTree(Path.of(System.getProperty("steward.node.dist")), node);
        Files.copy(builtModelJar(), node.resolve("deploy/com.example.steward.phcheck.jar"));

        Processes.Result models = Processes.run(node, 120, List.of("bin/steward-node", "models"));
        assertEquals(0, models.exitCode(), models::toString);
        assertTrue(models.output().contains("example.phcheck"), models::toString);

        // 7 readings; outside 6–9 by hand: 5.5 and 10.1 → 2.
        Path csv = Files.writeString(work.resolve("ph.csv"), "timestamp,ph\n1,7.0\n2,5.5\n3,8.9\n4,10.1\n5,6.0\n6,7.4\n7,9.0\n");
        Path out = work.resolve("out");
        Processes.Result run = Processes.run(node, 120,
                List.of("bin/steward-node", "run", "example.phcheck", "--input", csv.toString(), "--output", out.toString()));
        assertEquals(0, run.exitCode(), run::toString);
        JsonObject result = JsonParser.parseString(Files.readString(out.resolve("result.json"))).getAsJsonObject();
        assertEquals(7, result.get("readings").getAsInt());
        assertEquals(2, result.get("outOfRange").getAsInt());
    }

    @Test
    void aTrustedOnlyNodeRefusesTheUnsignedBundleAndRunsTheSameBundleSignedByATrustedKey() throws Exception {
        assertEquals(0, build.exitCode(), build::toString);
        Path node = work.resolve("trusting-node");
        copyTree(Path.of(System.getProperty("steward.node.dist")), node);
        Path conf = node.resolve("conf/node.properties");
        Files.writeString(conf, Files.readString(conf).replace("steward.node.trust.policy=warn-unsigned",
                "steward.node.trust.policy=trusted-only"));
        Path jar = builtModelJar();

        Files.copy(jar, node.resolve("deploy/com.example.steward.phcheck.jar"));
        Processes.Result refused = Processes.run(node, 120, List.of("bin/steward-node", "models"));
        assertEquals(0, refused.exitCode(), refused::toString);
        assertFalse(refused.output().contains("example.phcheck"), refused::toString);
        assertTrue(refused.output().contains("com.example.steward.phcheck.jar refused: unsigned"), refused::toString);

        // The partner signs the jar (JDK jarsigner, a fresh key); the operator trusts the partner's certificate.
        Path keys = work.resolve("partner-keys");
        Files.createDirectories(keys);
        Path keystore = keys.resolve("partner.p12");
        String java = System.getProperty("java.home");
        tool(keys, java + "/bin/keytool", "-genkeypair", "-alias", "partner", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=Example Partner Ltd", "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", "test-only", "-keypass", "test-only");
        tool(keys, java + "/bin/keytool", "-exportcert", "-rfc", "-alias", "partner", "-keystore", keystore.toString(),
                "-storepass", "test-only", "-file", node.resolve("conf/trusted/example-partner.pem").toString());
        Path signed = keys.resolve("signed.jar");
        tool(keys, java + "/bin/jarsigner", "-keystore", keystore.toString(), "-storepass", "test-only",
                "-signedjar", signed.toString(), jar.toString(), "partner");
        Files.copy(signed, node.resolve("deploy/com.example.steward.phcheck.jar"), StandardCopyOption.REPLACE_EXISTING);

        Processes.Result accepted = Processes.run(node, 120, List.of("bin/steward-node", "models"));
        assertEquals(0, accepted.exitCode(), accepted::toString);
        assertTrue(accepted.output().contains("example.phcheck"), accepted::toString);
        assertFalse(accepted.output().contains("refused"), accepted::toString);
    }

    private static void tool(Path dir, String... command) throws Exception {
        Processes.Result r = Processes.run(dir, 120, List.of(command));
        assertEquals(0, r.exitCode(), r::toString);
    }

    private static Path builtModelJar() throws IOException {
        try (Stream<Path> jars = Files.list(project.resolve("bundles/com.example.steward.phcheck/target"))) {
            return jars.filter(p -> p.getFileName().toString().matches("com\\.example\\.steward\\.phcheck-.*\\.jar")
                    && !p.getFileName().toString().contains("sources")).findFirst().orElseThrow();
        }
    }

    private static boolean jarStartingWith(Path dir, String prefix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".jar"));
        } catch (IOException e) {
            return false;
        }
    }

    private static String readAll(Path dir, String suffix) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                all.append(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path rel = source.relativize(p);
                if (rel.startsWith("run") || rel.startsWith("target")) {
                    continue;
                }
                Path dest = target.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
