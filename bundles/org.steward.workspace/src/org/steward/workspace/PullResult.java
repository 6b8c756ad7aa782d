package org.steward.workspace;

import java.util.List;

/**
 * What a pull did.
 *
 * @param status    {@link Status}
 * @param head      commit id of HEAD afterwards
 * @param conflicts files that need the user's decision (empty unless {@link Status#CONFLICTS})
 */
public record PullResult(Status status, String head, List<Conflict> conflicts) {
    public PullResult {
        conflicts = List.copyOf(conflicts);
    }

    public enum Status {
        /** The remote had nothing new (or is empty). */
        UP_TO_DATE,
        /** Remote commits were applied without a merge commit. */
        FAST_FORWARD,
        /** Both sides had changes; merged cleanly and committed. */
        MERGED,
        /** Some files changed on both sides in the same place: see the conflicts, then resolve each. */
        CONFLICTS
    }
}
