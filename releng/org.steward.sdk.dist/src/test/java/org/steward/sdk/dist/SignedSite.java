package org.steward.sdk.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A copy of an update site whose bundle jars a partner signed with the JDK's jarsigner (a fresh EC key), with the
 * site's artifact metadata brought in line with the signed jars (sizes; the checksums of the unsigned jars dropped)
 * — what a partner's build does when it signs before publishing.
 */
final class SignedSite {

    private SignedSite() {
    }

    /** Signs the site's bundles into {@code target}; the signer's certificate (PEM) is written to {@code certificate}. */
    static void sign(Path site, Path target, Path keys, Path certificate) throws Exception {
        copyTree(site, target);
        Files.createDirectories(keys);
        Path keystore = keys.resolve("partner.p12");
        String bin = System.getProperty("java.home") + "/bin/";
        tool(keys, bin + "keytool", "-genkeypair", "-alias", "partner", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=Example Partner Ltd", "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", "test-only", "-keypass", "test-only");
        tool(keys, bin + "keytool", "-exportcert", "-rfc", "-alias", "partner", "-keystore", keystore.toString(),
                "-storepass", "test-only", "-file", certificate.toString());
        String xml = artifactsXml(target);
        try (Stream<Path> jars = Files.list(target.resolve("plugins"))) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                Path signed = keys.resolve("signed.jar");
                tool(keys, bin + "jarsigner", "-keystore", keystore.toString(), "-storepass", "test-only", "-signedjar",
                        signed.toString(), jar.toString(), "partner");
                Files.move(signed, jar, StandardCopyOption.REPLACE_EXISTING);
                xml = fixArtifact(xml, jar);
            }
        }
        for (String f : List.of("artifacts.jar", "artifacts.xml.xz", "p2.index")) {
            Files.deleteIfExists(target.resolve(f));
        }
        Files.writeString(target.resolve("artifacts.xml"), xml, StandardCharsets.UTF_8);
    }

    /** In the artifact entry of {@code jar} (plugins/ID_VERSION.jar): the new size, no checksums of the old bytes. */
    private static String fixArtifact(String xml, Path jar) throws IOException {
        String name = jar.getFileName().toString().replaceAll("\\.jar$", "");
        int sep = name.lastIndexOf('_');
        String id = name.substring(0, sep);
        String version = name.substring(sep + 1);
        Pattern entry = Pattern.compile("<artifact classifier='osgi\\.bundle' id='" + Pattern.quote(id) + "' version='"
                + Pattern.quote(version) + "'>.*?</artifact>", Pattern.DOTALL);
        Matcher m = entry.matcher(xml);
        if (!m.find()) {
            throw new IOException("no artifact entry for " + name);
        }
        String size = Long.toString(Files.size(jar));
        String fixed = m.group().replaceAll("\\s*<property name='(download|artifact)\\.(md5|checksum\\.[^']*)' value='[^']*'/>", "")
                .replaceAll("<property name='(download|artifact)\\.size' value='\\d+'/>", "<property name='$1.size' value='" + size + "'/>");
        fixed = fixed.replaceAll("<properties size='\\d+'>", "<properties size='"
                + (fixed.split("<property ", -1).length - 1) + "'>");
        return xml.substring(0, m.start()) + fixed + xml.substring(m.end());
    }

    private static String artifactsXml(Path site) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(site.resolve("artifacts.jar")))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals("artifacts.xml")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IOException("no artifacts.xml in " + site.resolve("artifacts.jar"));
    }

    private static void tool(Path dir, String... command) throws Exception {
        Processes.Result r = Processes.run(dir, 120, List.of(command));
        assertEquals(0, r.exitCode(), r::toString);
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path dest = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
