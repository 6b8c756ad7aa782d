package org.steward.store.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.util.tracker.BundleTracker;
import org.steward.store.AppliedMigration;
import org.steward.store.BatchInsert;
import org.steward.store.SqlWork;
import org.steward.store.Store;
import org.steward.store.StoreConfig;
import org.steward.store.StoreException;
import org.steward.store.StoreInfo;

/**
 * The store service: a bounded pool over embedded Derby or a Derby network server, plus an extender that
 * applies the migrations of every bundle carrying a {@code Steward-Migrations} header when it arrives.
 * Delayed: Derby boots only when a first user asks for the store, so a one-shot node command never pays for it.
 */
@Component(service = Store.class, configurationPid = Store.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class StoreComponent implements Store {

    @Reference(service = LoggerFactory.class, cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Logger logger;

    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final Object lifecycle = new Object();
    private ConnectionFactory factory;
    private ConnectionPool pool;
    private StoreConfig config;
    private BundleTracker<Bundle> migrations;
    private volatile Instant lastBackup;

    @Activate
    void activate(BundleContext context, StoreConfig cfg) throws StoreException, SQLException {
        this.config = cfg;
        DerbySettings.Applied derby = null;
        if (cfg.mode().equals("embedded")) {
            derby = DerbySettings.apply(cfg); // before Derby boots the database
        }
        this.factory = switch (cfg.mode()) {
            case "embedded" -> new EmbeddedDerby(embeddedFolder(context, cfg));
            case "server" -> new ClientDerby(ClientDerby.findDriver(context), cfg.host(), cfg.port() == 0 ? 1527 : cfg.port(),
                    cfg.database());
            case "postgresql" -> new PostgresDb(PostgresDb.findDriver(context), cfg.host(),
                    cfg.port() == 0 ? PostgresDb.DEFAULT_PORT : cfg.port(), cfg.database(), cfg.user(),
                    PostgresDb.password(cfg.passwordEnv(), System.getenv()));
            default -> throw new StoreException("store mode '" + cfg.mode() + "' is unknown; use 'embedded', 'server' or 'postgresql' (PID "
                    + Store.PID + ", key mode)");
        };
        this.pool = new ConnectionPool(factory, cfg.poolSize(), cfg.poolWaitMillis());
        migrations = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public Bundle addingBundle(Bundle bundle, BundleEvent event) {
                return migrate(bundle) ? bundle : null;
            }
        };
        migrations.open();
        info("store opened: " + cfg.mode() + " at " + factory.location()
                + (derby != null ? " (Derby page cache " + derby.pageCacheSize() + " pages, log buffer " + derby.logBufferSize() + " bytes)" : ""));
    }

    @Deactivate
    void deactivate() {
        if (migrations != null) {
            migrations.close();
        }
        synchronized (lifecycle) {
            pool.close();
            factory.shutdown();
        }
    }

    /** The workbench passes its -data folder as osgi.instance.area; the node passes steward.workspace. */
    static Path embeddedFolder(BundleContext context, StoreConfig cfg) {
        if (!cfg.path().isBlank()) {
            return Paths.get(cfg.path());
        }
        String workspace = context.getProperty("steward.workspace");
        if (workspace == null) {
            String instance = context.getProperty("osgi.instance.area");
            if (instance != null && instance.startsWith("file:")) {
                workspace = Paths.get(java.net.URI.create(instance.replace(" ", "%20"))).toString();
            }
        }
        if (workspace == null) {
            workspace = Paths.get(System.getProperty("user.home"), "steward-workspace").toString();
        }
        return Paths.get(workspace, ".steward", "db");
    }

    /** @return true when the bundle has migrations (tracked so that a later update is seen) */
    boolean migrate(Bundle bundle) {
        Optional<List<MigrationScript>> scripts;
        try {
            scripts = BundleMigrations.read(bundle);
        } catch (IllegalArgumentException e) {
            problem(e.getMessage());
            return false;
        }
        if (scripts.isEmpty()) {
            return false;
        }
        try (Connection c = connection()) {
            List<AppliedMigration> applied = Migrator.migrate(c, scripts.get());
            for (AppliedMigration m : applied) {
                info("applied migration " + m.schema() + " V" + m.version() + " (" + m.description() + ")");
            }
        } catch (StoreException | SQLException e) {
            problem(e.getMessage());
        }
        return true;
    }

    private void problem(String message) {
        problems.add(message);
        Logger l = logger;
        if (l != null) {
            l.error(message);
        } else {
            System.getLogger(Store.PID).log(System.Logger.Level.ERROR, message);
        }
    }

    private void info(String message) {
        Logger l = logger;
        if (l != null) {
            l.info(message);
        }
    }

    @Override
    public Connection connection() throws StoreException {
        synchronized (lifecycle) {
            return pool.borrow();
        }
    }

    @Override
    public <T> T transaction(SqlWork<T> work) throws StoreException {
        try (Connection c = connection()) {
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("transaction rolled back: " + e.getSQLState() + " " + e.getMessage(), e);
        }
    }

    @Override
    public BatchInsert batchInsert(String insertSql, int batchSize) throws StoreException {
        return new PooledBatchInsert(connection(), insertSql, batchSize);
    }

    @Override
    public StoreInfo info() {
        long size = -1;
        if (factory instanceof EmbeddedDerby e) {
            size = folderSize(e.folder());
        }
        return new StoreInfo(config.mode(), factory.location(), size, Optional.ofNullable(lastBackup));
    }

    private static long folderSize(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0; // a log file rotated away meanwhile
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            return -1;
        }
    }

    @Override
    public List<AppliedMigration> migrations() throws StoreException {
        try (Connection c = connection()) {
            return Migrator.history(c);
        } catch (SQLException e) {
            throw new StoreException("cannot read the migration history: " + e.getMessage(), e);
        }
    }

    @Override
    public Path backup(Path folder) throws StoreException {
        requireDerby("backup");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("cannot create backup folder " + folder + ": " + e.getMessage(), e);
        }
        try (Connection c = connection(); CallableStatement call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            call.setString(1, folder.toAbsolutePath().toString());
            call.execute();
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("backup into " + folder + " failed: " + e.getMessage(), e);
        }
        lastBackup = Instant.now();
        String name = Paths.get(factory.location().replaceAll(".*/", "")).getFileName().toString();
        return folder.resolve(name);
    }

    @Override
    public void restore(Path backupCopy) throws StoreException {
        requireDerby("restore");
        if (!(factory instanceof EmbeddedDerby embedded)) {
            throw new StoreException("restore works on the embedded store only; restore a server's database on the server");
        }
        if (!Files.isRegularFile(backupCopy.resolve("service.properties"))) {
            throw new StoreException(backupCopy + " is not a Derby backup copy (no service.properties); choose the folder that "
                    + "backup() returned");
        }
        synchronized (lifecycle) {
            pool.close();
            try {
                embedded.restoreFrom(backupCopy);
            } catch (SQLException e) {
                throw new StoreException("restore from " + backupCopy + " failed: " + e.getMessage(), e);
            } finally {
                pool = new ConnectionPool(factory, config.poolSize(), config.poolWaitMillis());
            }
        }
        if (migrations != null) {
            for (Bundle b : migrations.getBundles() == null ? new Bundle[0] : migrations.getBundles()) {
                migrate(b);
            }
        }
    }

    private void requireDerby(String what) throws StoreException {
        if (factory instanceof PostgresDb) {
            throw new StoreException(what + " works on Derby only; the store is on PostgreSQL at " + factory.location()
                    + ": use pg_dump / pg_restore (or pg_basebackup) on the database server instead");
        }
    }

    @Override
    public List<String> problems() {
        return new ArrayList<>(problems);
    }
}
