package org.steward.store.internal;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens new physical connections to one database. */
public interface ConnectionFactory {

    Connection open() throws SQLException;

    /** For messages: the database folder or server address. */
    String location();

    /** Releases the database (embedded: shuts it down so the files are consistent and unlocked). */
    default void shutdown() {
    }
}
