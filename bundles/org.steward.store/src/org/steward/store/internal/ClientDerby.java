package org.steward.store.internal;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * A database on a Derby network server, reached through the derbyclient bundle. Its public ClientDriver extends
 * a class the bundle does not export, so the autoloaded driver is loaded from the bundle itself.
 */
public final class ClientDerby implements ConnectionFactory {
    private static final String DRIVER = "org.apache.derby.client.ClientAutoloadedDriver";
    private final Driver driver;
    private final String url;
    private final String location;

    public ClientDerby(Driver driver, String host, int port, String database) {
        this.driver = driver;
        this.location = host + ":" + port + "/" + database;
        this.url = "jdbc:derby://" + location + ";create=true";
    }

    /** Finds the client driver in the framework; fails with the fix when derbyclient is not installed. */
    public static Driver findDriver(BundleContext context) throws SQLException {
        for (Bundle b : context.getBundles()) {
            if ("derbyclient".equals(b.getSymbolicName())) {
                try {
                    return (Driver) b.loadClass(DRIVER).getDeclaredConstructor().newInstance();
                } catch (ReflectiveOperationException | ClassCastException e) {
                    throw new SQLException("cannot load the Derby client driver from bundle derbyclient: " + e, e);
                }
            }
        }
        throw new SQLException("store mode 'server' needs the bundle derbyclient (org.apache.derby:derbyclient 10.17); install it");
    }

    @Override
    public Connection open() throws SQLException {
        Connection c = driver.connect(url, new Properties());
        if (c == null) {
            throw new SQLException("the Derby client driver did not accept " + url);
        }
        return c;
    }

    @Override
    public String location() {
        return location;
    }
}
