package org.steward.testing;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import org.steward.store.Store;

/**
 * Steward's store for tests inside OSGi: configured as embedded Derby in a folder of the test's own, and asked for a
 * count. The store component is replaced when it is reconfigured, so a query goes to the store that runs at the
 * folder now, not to an object a test kept.
 */
public final class TestStore {

    private TestStore() {
    }

    /**
     * Starts the named bundles (those whose components use the store, so that they see it), configures the store as
     * embedded Derby in {@code db} and returns it once it runs there.
     */
    public static Store embedded(Path db, String... bundlesToStart) {
        String location = db.toAbsolutePath().toString();
        Osgi.start("org.steward.store");
        Osgi.start(bundlesToStart);
        return Osgi.configure(Store.PID, Map.of("mode", "embedded", "path", location), Store.class, s -> s.info().location().equals(location));
    }

    /** The single number {@code sql} yields (e.g. a {@code COUNT(*)}) in the store that runs at {@code db} now. */
    public static long count(Path db, String sql) throws Exception {
        return count(db.toAbsolutePath().toString(), sql);
    }

    /** The single number {@code sql} yields in the store that runs where {@code configured} ran. */
    public static long count(Store configured, String sql) throws Exception {
        return count(configured.info().location(), sql);
    }

    private static long count(String location, String sql) throws Exception {
        Store store = Osgi.service(Store.class, s -> s.info().location().equals(location), Osgi.DEFAULT_WAIT);
        return store.transaction(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
