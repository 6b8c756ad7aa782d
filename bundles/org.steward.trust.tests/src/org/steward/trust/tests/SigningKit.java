package org.steward.trust.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Real keys and real signatures for the tests: the JDK's own keytool and jarsigner, run as processes. The store
 * password is a throw-away fixture of a temporary keystore, not a secret.
 */
final class SigningKit {

    private static final String STOREPASS = "test-only";
    private final Path dir;
    private final Path keystore;

    SigningKit(Path dir) {
        this.dir = dir;
        this.keystore = dir.resolve("keys.p12");
    }

    /** Creates a key pair with a self-signed certificate and returns its certificate as a PEM file. */
    Path newKey(String alias, String commonName) throws Exception {
        tool("keytool", "-genkeypair", "-alias", alias, "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=" + commonName + ", O=Steward tests", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", STOREPASS, "-keypass", STOREPASS);
        Path pem = dir.resolve(alias + ".pem");
        tool("keytool", "-exportcert", "-rfc", "-alias", alias, "-keystore", keystore.toString(),
                "-storepass", STOREPASS, "-file", pem.toString());
        return pem;
    }

    /** Signs {@code jar} with the key {@code alias} into a new file. */
    Path sign(Path jar, String alias) throws Exception {
        Path signed = dir.resolve(jar.getFileName().toString().replace(".jar", "-signed-" + alias + ".jar"));
        tool("jarsigner", "-keystore", keystore.toString(), "-storepass", STOREPASS, "-signedjar", signed.toString(),
                jar.toString(), alias);
        return signed;
    }

    /** A small bundle-like jar with the given entries. */
    Path jar(String name, Map<String, String> entries) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", "com.example.signed");
        Path jar = dir.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            for (var e : entries.entrySet()) {
                out.putNextEntry(new JarEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    /** Copies {@code jar}, replacing the content of one entry and optionally adding one — as an attacker would. */
    Path tamper(Path jar, String entryToChange, String newContent, String entryToAdd) throws IOException {
        Path tampered = dir.resolve("tampered-" + jar.getFileName());
        try (JarFile in = new JarFile(jar.toFile(), false);
             OutputStream file = Files.newOutputStream(tampered);
             JarOutputStream out = new JarOutputStream(file)) {
            for (var entries = in.entries(); entries.hasMoreElements(); ) {
                JarEntry e = entries.nextElement();
                out.putNextEntry(new JarEntry(e.getName()));
                byte[] content = e.getName().equals(entryToChange) ? newContent.getBytes(StandardCharsets.UTF_8)
                        : in.getInputStream(e).readAllBytes();
                out.write(content);
                out.closeEntry();
            }
            if (entryToAdd != null) {
                out.putNextEntry(new JarEntry(entryToAdd));
                out.write("added later".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return tampered;
    }

    private void tool(String name, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", name).toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        assertEquals(0, p.exitValue(), name + " failed: " + output);
    }
}
