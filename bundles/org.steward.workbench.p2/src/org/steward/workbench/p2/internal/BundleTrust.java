package org.steward.workbench.p2.internal;

import org.steward.trust.TrustDecision;

/**
 * The trust policy's decision about one bundle a plan would install.
 *
 * @param bundle   {@code symbolicName version}
 * @param decision accept, accept with a warning, or refuse — with the reason
 */
public record BundleTrust(String bundle, TrustDecision decision) {
}
