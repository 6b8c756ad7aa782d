package org.steward.sensor;

import java.util.List;

/**
 * Whiteboard service: the ingest calls every registered listener with the readings of a batch right after the batch
 * was committed to the store (redelivered duplicates are left out). Called on the ingest's writer thread: return
 * quickly (hand the readings to your own queue); an exception is logged and does not stop the ingest.
 */
public interface ReadingListener {
    /** @param readings newly stored readings, in arrival order */
    void committed(List<Reading> readings);
}
