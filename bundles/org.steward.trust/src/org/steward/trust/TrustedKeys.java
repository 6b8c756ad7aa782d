package org.steward.trust;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The signer certificates an operator trusts: every {@code .pem}, {@code .crt} or {@code .cer} file of a folder
 * (PEM or DER, as {@code keytool -exportcert} writes them). A bundle is trusted when one of its signers is one of
 * these certificates.
 */
public final class TrustedKeys {

    private final List<X509Certificate> certificates;

    private TrustedKeys(List<X509Certificate> certificates) {
        this.certificates = List.copyOf(certificates);
    }

    public static TrustedKeys none() {
        return new TrustedKeys(List.of());
    }

    /** Reads the folder; a missing folder means no trusted keys. A file that is not a certificate is an error naming it. */
    public static TrustedKeys fromFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return none();
        }
        List<X509Certificate> certs = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.endsWith(".pem") || name.endsWith(".crt") || name.endsWith(".cer")) {
                    certs.addAll(read(file));
                }
            }
        }
        return new TrustedKeys(certs);
    }

    public List<X509Certificate> certificates() {
        return certificates;
    }

    public boolean trusts(Collection<X509Certificate> signers) {
        return signers.stream().anyMatch(certificates::contains);
    }

    private static Collection<X509Certificate> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> certs = new ArrayList<>();
            for (var c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                certs.add((X509Certificate) c);
            }
            if (certs.isEmpty()) {
                throw new IOException(file + ": holds no certificate; export one with 'keytool -exportcert -rfc'");
            }
            return certs;
        } catch (CertificateException e) {
            throw new IOException(file + ": not an X.509 certificate (" + e.getMessage()
                    + "); export one with 'keytool -exportcert -rfc'", e);
        }
    }
}
