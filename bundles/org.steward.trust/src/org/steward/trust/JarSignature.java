package org.steward.trust;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * What the signature of a jar says.
 *
 * @param state   whether every entry is signed, none is, or the signature does not hold
 * @param signers the signer certificates (first of each chain) common to every entry; empty unless SIGNED
 * @param detail  for INVALID, what is wrong (the entry that fails, or which entries are unsigned)
 */
public record JarSignature(State state, List<X509Certificate> signers, String detail) {

    public enum State { UNSIGNED, SIGNED, INVALID }

    public JarSignature {
        signers = List.copyOf(signers);
    }

    static JarSignature unsigned() {
        return new JarSignature(State.UNSIGNED, List.of(), "");
    }

    static JarSignature invalid(String detail) {
        return new JarSignature(State.INVALID, List.of(), detail);
    }
}
