package org.steward.trust;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Reads a jar's signature the way the JDK verifies it: every entry is read to its end (that is when
 * {@link JarFile} checks digests), so a changed class shows up as a broken signature, and a jar with some
 * unsigned entries — content added after signing — counts as broken too.
 */
public final class JarSignatures {

    private JarSignatures() {
    }

    public static JarSignature inspect(Path jar) throws IOException {
        Set<X509Certificate> common = null;
        List<String> unsigned = new ArrayList<>();
        int signedEntries = 0;
        try (JarFile file = new JarFile(jar.toFile(), true)) {
            byte[] buffer = new byte[8192];
            for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
                JarEntry entry = e.nextElement();
                if (entry.isDirectory() || isSignatureFile(entry.getName())) {
                    continue;
                }
                try (InputStream in = file.getInputStream(entry)) {
                    while (in.read(buffer) != -1) {
                        // reading to the end makes JarFile verify the entry's digest
                    }
                } catch (SecurityException broken) {
                    return JarSignature.invalid(entry.getName() + ": " + broken.getMessage());
                }
                CodeSigner[] signers = entry.getCodeSigners();
                if (signers == null || signers.length == 0) {
                    unsigned.add(entry.getName());
                    continue;
                }
                signedEntries++;
                Set<X509Certificate> these = firstCertificates(signers);
                if (common == null) {
                    common = these;
                } else {
                    common.retainAll(these);
                }
            }
        } catch (SecurityException broken) {
            return JarSignature.invalid(broken.getMessage());
        }
        if (signedEntries == 0) {
            return JarSignature.unsigned();
        }
        if (!unsigned.isEmpty()) {
            return JarSignature.invalid(unsigned.size() + " entries are not signed, e.g. " + unsigned.get(0)
                    + " (added after signing?)");
        }
        if (common.isEmpty()) {
            return JarSignature.invalid("no signer signed every entry");
        }
        return new JarSignature(JarSignature.State.SIGNED, List.copyOf(common), "");
    }

    private static boolean isSignatureFile(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        return upper.equals("META-INF/MANIFEST.MF") || upper.endsWith(".SF") || upper.endsWith(".RSA")
                || upper.endsWith(".DSA") || upper.endsWith(".EC") || upper.startsWith("META-INF/SIG-");
    }

    private static Set<X509Certificate> firstCertificates(CodeSigner[] signers) {
        Set<X509Certificate> certs = new LinkedHashSet<>();
        for (CodeSigner signer : signers) {
            List<? extends Certificate> chain = signer.getSignerCertPath().getCertificates();
            if (!chain.isEmpty() && chain.get(0) instanceof X509Certificate x509) {
                certs.add(x509);
            }
        }
        return certs;
    }
}
