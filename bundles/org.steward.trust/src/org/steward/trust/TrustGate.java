package org.steward.trust;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.stream.Collectors;

import org.steward.trust.TrustDecision.Verdict;

/**
 * Applies a {@link TrustPolicy} with a set of {@link TrustedKeys} to a bundle jar. Used by the node's deploy
 * folder and one-shot commands and by the workbench's installer, so that both decide the same way.
 */
public final class TrustGate {

    private final TrustPolicy policy;
    private final TrustedKeys keys;

    public TrustGate(TrustPolicy policy, TrustedKeys keys) {
        this.policy = policy;
        this.keys = keys;
    }

    public TrustPolicy policy() {
        return policy;
    }

    public TrustDecision decide(Path jar) {
        JarSignature signature;
        try {
            signature = JarSignatures.inspect(jar);
        } catch (IOException e) {
            return new TrustDecision(Verdict.REJECT, "cannot be read as a jar: " + e.getMessage());
        }
        return decide(signature);
    }

    TrustDecision decide(JarSignature signature) {
        return switch (signature.state()) {
            case INVALID -> policy == TrustPolicy.ACCEPT_ALL
                    ? new TrustDecision(Verdict.ACCEPT_WITH_WARNING, "broken signature (" + signature.detail()
                            + "), installed because the policy is " + policy.key())
                    : new TrustDecision(Verdict.REJECT, "broken signature: " + signature.detail()
                            + "; the jar was changed after signing — get it again from its publisher");
            case UNSIGNED -> switch (policy) {
                case ACCEPT_ALL -> new TrustDecision(Verdict.ACCEPT, "unsigned");
                case WARN_UNSIGNED -> new TrustDecision(Verdict.ACCEPT_WITH_WARNING,
                        "unsigned: its origin cannot be checked");
                case TRUSTED_ONLY -> new TrustDecision(Verdict.REJECT,
                        "unsigned, and the policy is trusted-only; ask the publisher for a signed jar");
            };
            case SIGNED -> {
                if (keys.trusts(signature.signers())) {
                    yield new TrustDecision(Verdict.ACCEPT, "signed by a trusted key: " + names(signature));
                }
                yield switch (policy) {
                    case ACCEPT_ALL -> new TrustDecision(Verdict.ACCEPT, "signed by " + names(signature));
                    case WARN_UNSIGNED -> new TrustDecision(Verdict.ACCEPT_WITH_WARNING,
                            "signed by a key that is not trusted here: " + names(signature));
                    case TRUSTED_ONLY -> new TrustDecision(Verdict.REJECT, "signed by a key that is not trusted here: "
                            + names(signature) + "; add its certificate to the trusted keys if you trust it");
                };
            }
        };
    }

    private static String names(JarSignature signature) {
        return signature.signers().stream().map(X509Certificate::getSubjectX500Principal).map(Object::toString)
                .collect(Collectors.joining("; "));
    }
}
