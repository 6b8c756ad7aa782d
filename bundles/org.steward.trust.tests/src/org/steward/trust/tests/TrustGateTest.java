package org.steward.trust.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.trust.JarSignature;
import org.steward.trust.JarSignatures;
import org.steward.trust.TrustDecision.Verdict;
import org.steward.trust.TrustGate;
import org.steward.trust.TrustPolicy;
import org.steward.trust.TrustedKeys;

/** Signature checks on jars signed for real by the JDK's jarsigner with keys from keytool. */
class TrustGateTest {

    // Keys are made once for the class: keytool and jarsigner are JVMs of their own, slow on a busy machine.
    @TempDir
    static Path dir;

    static SigningKit kit;
    static Path unsigned;
    static Path trustedFolder;

    @BeforeAll
    static void keysAndJar() throws Exception {
        kit = new SigningKit(dir);
        unsigned = kit.jar("partner.jar", Map.of("com/example/Model.class", "bytes of a class",
                "plugin.xml", "<plugin/>"));
        trustedFolder = Files.createDirectory(dir.resolve("trusted"));
        Path partnerCert = kit.newKey("partner", "Partner A");
        Files.copy(partnerCert, trustedFolder.resolve("partner.pem"));
        kit.newKey("stranger", "Someone Else");
    }

    @Test
    void anUnsignedJarIsUnsignedAndTheDecisionFollowsThePolicy() throws Exception {
        assertEquals(JarSignature.State.UNSIGNED, JarSignatures.inspect(unsigned).state());
        assertEquals(Verdict.ACCEPT, gate(TrustPolicy.ACCEPT_ALL).decide(unsigned).verdict());
        assertEquals(Verdict.ACCEPT_WITH_WARNING, gate(TrustPolicy.WARN_UNSIGNED).decide(unsigned).verdict());
        var refused = gate(TrustPolicy.TRUSTED_ONLY).decide(unsigned);
        assertFalse(refused.installs());
        assertTrue(refused.reason().contains("unsigned"), refused.reason());
    }

    @Test
    void aJarSignedByATrustedKeyIsAcceptedEvenWhenOnlyTrustedOnesAre() throws Exception {
        Path signed = kit.sign(unsigned, "partner");
        JarSignature signature = JarSignatures.inspect(signed);
        assertEquals(JarSignature.State.SIGNED, signature.state());
        assertTrue(signature.signers().get(0).getSubjectX500Principal().getName().contains("CN=Partner A"));
        var decision = gate(TrustPolicy.TRUSTED_ONLY).decide(signed);
        assertEquals(Verdict.ACCEPT, decision.verdict(), decision.reason());
    }

    @Test
    void aJarSignedByAnUnknownKeyIsRefusedByTrustedOnlyAndWarnedOtherwise() throws Exception {
        Path signed = kit.sign(unsigned, "stranger");
        var refused = gate(TrustPolicy.TRUSTED_ONLY).decide(signed);
        assertEquals(Verdict.REJECT, refused.verdict());
        assertTrue(refused.reason().contains("Someone Else"), refused.reason());
        assertEquals(Verdict.ACCEPT_WITH_WARNING, gate(TrustPolicy.WARN_UNSIGNED).decide(signed).verdict());
    }

    @Test
    void aClassChangedAfterSigningBreaksTheSignature() throws Exception {
        Path tampered = kit.tamper(kit.sign(unsigned, "partner"), "com/example/Model.class", "evil bytes", null);
        JarSignature signature = JarSignatures.inspect(tampered);
        assertEquals(JarSignature.State.INVALID, signature.state());
        assertTrue(signature.detail().contains("com/example/Model.class"), signature.detail());
        assertEquals(Verdict.REJECT, gate(TrustPolicy.WARN_UNSIGNED).decide(tampered).verdict());
        assertEquals(Verdict.REJECT, gate(TrustPolicy.TRUSTED_ONLY).decide(tampered).verdict());
    }

    @Test
    void anEntryAddedAfterSigningBreaksTheSignature() throws Exception {
        Path grown = kit.tamper(kit.sign(unsigned, "partner"), "none", "", "com/example/Extra.class");
        JarSignature signature = JarSignatures.inspect(grown);
        assertEquals(JarSignature.State.INVALID, signature.state());
        assertTrue(signature.detail().contains("com/example/Extra.class"), signature.detail());
    }

    @Test
    void aFileThatIsNotAJarIsRefusedWithTheReason() throws Exception {
        Path notAJar = Files.writeString(dir.resolve("notes.jar"), "just text");
        var decision = gate(TrustPolicy.ACCEPT_ALL).decide(notAJar);
        assertEquals(Verdict.REJECT, decision.verdict());
        assertTrue(decision.reason().contains("cannot be read as a jar"), decision.reason());
    }

    @Test
    void aBrokenCertificateFileIsNamedWithTheFix() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("broken-keys"));
        Files.writeString(folder.resolve("broken.pem"), "-----BEGIN CERTIFICATE-----\nnot base64!\n");
        IOException e = assertThrows(IOException.class, () -> TrustedKeys.fromFolder(folder));
        assertTrue(e.getMessage().contains("broken.pem") && e.getMessage().contains("keytool -exportcert"), e.getMessage());
    }

    @Test
    void anUnknownPolicyNameListsTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrustPolicy.parse("paranoid"));
        assertTrue(e.getMessage().contains("accept-all, warn-unsigned, trusted-only"), e.getMessage());
        assertEquals(TrustPolicy.TRUSTED_ONLY, TrustPolicy.parse(" Trusted-Only "));
    }

    private static TrustGate gate(TrustPolicy policy) throws IOException {
        return new TrustGate(policy, TrustedKeys.fromFolder(trustedFolder));
    }
}
