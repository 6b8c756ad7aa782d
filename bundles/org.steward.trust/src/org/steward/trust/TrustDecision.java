package org.steward.trust;

/**
 * Whether to install a bundle, and why — the reason is shown to the user or operator as it is.
 */
public record TrustDecision(Verdict verdict, String reason) {

    public enum Verdict { ACCEPT, ACCEPT_WITH_WARNING, REJECT }

    public boolean installs() {
        return verdict != Verdict.REJECT;
    }
}
