package org.steward.store;

import java.time.Instant;
import java.util.Optional;

/**
 * What the status line shows about the store.
 *
 * @param mode       {@code embedded} or {@code server}
 * @param location   database folder (embedded) or host:port/name (server)
 * @param sizeBytes  size of the database files, or -1 when not visible from here (server)
 * @param lastBackup time of the last backup made through this store, if any
 */
public record StoreInfo(String mode, String location, long sizeBytes, Optional<Instant> lastBackup) {
}
