package org.steward.store;

import java.util.Optional;

/** Starts and stops a Derby network server in this process, so that other workbenches and nodes can share a store. */
public interface DerbyServer {

    /**
     * Starts the server on {@code host}:{@code port}. Databases that clients name without a path live in the
     * Derby system home of this process ({@code derby.system.home}, fixed when Derby first boots: the node's
     * launcher sets it to its {@code data/} folder).
     *
     * @param port 0 picks a free port
     * @return the address it listens on
     */
    Address start(String host, int port) throws StoreException;

    /** Stops it; does nothing when it is not running. */
    void stop() throws StoreException;

    Optional<Address> running();

    /** Where a running server listens. */
    record Address(String host, int port) {
    }
}
