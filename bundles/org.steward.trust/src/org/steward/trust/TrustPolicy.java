package org.steward.trust;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What an installer does with a bundle jar, by its signature. Chosen by the operator (node: property
 * {@code steward.node.trust.policy}; workbench: preference), default {@link #WARN_UNSIGNED}.
 */
public enum TrustPolicy {
    /** Install everything; say so when a signature is broken. */
    ACCEPT_ALL("accept-all"),
    /** Install unsigned bundles and bundles signed by unknown keys with a warning; refuse broken signatures. */
    WARN_UNSIGNED("warn-unsigned"),
    /** Install only bundles whose every entry is signed by a trusted key. */
    TRUSTED_ONLY("trusted-only");

    private final String key;

    TrustPolicy(String key) {
        this.key = key;
    }

    /** The name used in configuration files. */
    public String key() {
        return key;
    }

    /** Parses a configuration value; the error lists the accepted ones. */
    public static TrustPolicy parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (TrustPolicy p : values()) {
            if (p.key.equals(wanted)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown trust policy '" + text + "'; use one of "
                + Arrays.stream(values()).map(TrustPolicy::key).collect(Collectors.joining(", ")));
    }
}
