package org.steward.sensor;

/**
 * Counters of an ingestion since it started.
 *
 * @param received   messages taken from the broker
 * @param stored     readings written (new keys)
 * @param duplicates readings whose key was already stored (redelivery, or another node stored it)
 * @param rejected   messages set aside with a reason
 * @param acknowledged messages acknowledged to the broker (only after their batch was committed)
 */
public record IngestStats(long received, long stored, long duplicates, long rejected, long acknowledged) {
}
