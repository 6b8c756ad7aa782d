package org.steward.store;

import java.time.Instant;

/**
 * A migration recorded as applied.
 *
 * @param schema      the contributing schema (one per bundle, from its {@code Steward-Migrations} header)
 * @param version     its version number, applied in ascending order
 * @param description from the file name {@code V<version>__<description>.sql}
 * @param checksum    SHA-256 of the script (line ends normalised), checked on every start against tampering
 * @param appliedAt   when it was applied
 */
public record AppliedMigration(String schema, int version, String description, String checksum, Instant appliedAt) {
}
