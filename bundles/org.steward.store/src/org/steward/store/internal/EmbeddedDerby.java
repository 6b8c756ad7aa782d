package org.steward.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * An embedded Derby database in a folder. Uses the data source class directly: DriverManager cannot see
 * Derby's driver from inside a bundle ("08001 No suitable driver").
 */
public final class EmbeddedDerby implements ConnectionFactory {
    private final Path folder;
    private final EmbeddedDataSource dataSource = new EmbeddedDataSource();

    public EmbeddedDerby(Path folder) {
        this.folder = folder.toAbsolutePath();
        dataSource.setDatabaseName(this.folder.toString());
        dataSource.setCreateDatabase("create");
    }

    @Override
    public Connection open() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public String location() {
        return folder.toString();
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void shutdown() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(folder.toString());
        ds.setShutdownDatabase("shutdown");
        try {
            ds.getConnection().close();
        } catch (SQLException expected) {
            // Derby reports a successful shutdown as SQLState 08006; anything else means it was not open.
        }
    }

    /** Restores the database from a backup copy made by {@code SYSCS_BACKUP_DATABASE}, replacing the current one. */
    public void restoreFrom(Path backupCopy) throws SQLException {
        shutdown();
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(folder.toString());
        ds.setConnectionAttributes("restoreFrom=" + backupCopy.toAbsolutePath());
        ds.getConnection().close();
    }
}
