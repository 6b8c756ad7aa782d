package org.steward.store.internal;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * A PostgreSQL database reached through the pgjdbc bundle ({@code org.postgresql.jdbc}). The driver class is loaded
 * from that bundle and called directly: DriverManager cannot see it from inside a bundle. The password comes from
 * an environment variable named in the configuration, never from a file.
 */
public final class PostgresDb implements ConnectionFactory {
    public static final String DRIVER_BUNDLE = "org.postgresql.jdbc";
    public static final int DEFAULT_PORT = 5432;
    private static final String DRIVER = "org.postgresql.Driver";
    private final Driver driver;
    private final String url;
    private final String location;
    private final Properties properties = new Properties();

    public PostgresDb(Driver driver, String host, int port, String database, String user, Optional<String> password) {
        this.driver = driver;
        this.location = host + ":" + port + "/" + database;
        this.url = "jdbc:postgresql://" + location;
        properties.setProperty("user", user);
        password.ifPresent(p -> properties.setProperty("password", p));
        properties.setProperty("ApplicationName", "steward");
    }

    /**
     * The password held by the environment variable {@code passwordEnv} in {@code environment}.
     *
     * @return empty when no variable is named (trust authentication)
     * @throws SQLException when a variable is named but not set, naming it and the fix
     */
    public static Optional<String> password(String passwordEnv, Map<String, String> environment) throws SQLException {
        if (passwordEnv.isBlank()) {
            return Optional.empty();
        }
        String value = environment.get(passwordEnv);
        if (value == null) {
            throw new SQLException("store mode 'postgresql': the environment variable " + passwordEnv
                    + " (key passwordEnv) is not set; export it with the database password before starting, or clear passwordEnv "
                    + "for trust authentication");
        }
        return Optional.of(value);
    }

    /** Finds the pgjdbc driver in the framework; fails with the fix when the bundle is not installed. */
    public static Driver findDriver(BundleContext context) throws SQLException {
        for (Bundle b : context.getBundles()) {
            if (DRIVER_BUNDLE.equals(b.getSymbolicName())) {
                try {
                    return (Driver) b.loadClass(DRIVER).getDeclaredConstructor().newInstance();
                } catch (ReflectiveOperationException | ClassCastException e) {
                    throw new SQLException("cannot load the PostgreSQL driver from bundle " + DRIVER_BUNDLE + ": " + e, e);
                }
            }
        }
        throw new SQLException("store mode 'postgresql' needs the bundle " + DRIVER_BUNDLE
                + " (org.postgresql:postgresql 42.7); install it");
    }

    @Override
    public Connection open() throws SQLException {
        Connection c = driver.connect(url, properties);
        if (c == null) {
            throw new SQLException("the PostgreSQL driver did not accept " + url);
        }
        return c;
    }

    @Override
    public String location() {
        return location;
    }
}
