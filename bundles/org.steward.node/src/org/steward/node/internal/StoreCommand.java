package org.steward.node.internal;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.steward.core.json.Json;
import org.steward.store.AppliedMigration;
import org.steward.store.DerbyServer;
import org.steward.store.Store;
import org.steward.store.StoreException;
import org.steward.store.StoreInfo;

/**
 * {@code steward-node store info|backup|restore|server start}: the node's database (the Store service, configured
 * by PID org.steward.store; embedded Derby under {@code <steward.workspace>/.steward/db} by default).
 */
final class StoreCommand {
    private static final long SERVICE_WAIT_MILLIS = 60_000;
    private final BundleContext context;
    private final Console console;
    private final CountDownLatch stopped = new CountDownLatch(1);

    StoreCommand(BundleContext context, Console console) {
        this.context = context;
        this.console = console;
    }

    int run(String[] args) throws UsageException {
        if (args.length == 0) {
            throw new UsageException(Messages.get("store.noSubcommand"));
        }
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            console.out().println(Messages.get("usage.store"));
            return ExitCodes.OK;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "help" -> {
                console.out().println(Messages.get("usage.store"));
                yield ExitCodes.OK;
            }
            case "info" -> info(rest);
            case "backup" -> backup(rest);
            case "restore" -> restore(rest);
            case "server" -> server(rest);
            default -> throw new UsageException(Messages.get("store.unknownSubcommand", args[0]));
        };
    }

    /** Stops a running {@code store server start}. */
    void stop() {
        stopped.countDown();
    }

    private int info(String[] args) throws UsageException {
        boolean json = false;
        for (String arg : args) {
            switch (arg) {
                case "--json" -> json = true;
                default -> throw new UsageException(Messages.get("usage.unknownOption", arg));
            }
        }
        boolean asJson = json;
        return withStore(store -> {
            StoreInfo info = store.info();
            List<AppliedMigration> migrations = store.migrations();
            if (asJson) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("mode", info.mode());
                m.put("location", info.location());
                m.put("sizeBytes", info.sizeBytes());
                m.put("lastBackup", info.lastBackup().map(Object::toString).orElse(""));
                List<Map<String, Object>> list = new ArrayList<>();
                for (AppliedMigration a : migrations) {
                    Map<String, Object> e = new LinkedHashMap<>();
                    e.put("schema", a.schema());
                    e.put("version", a.version());
                    e.put("description", a.description());
                    e.put("checksum", a.checksum());
                    e.put("appliedAt", a.appliedAt().toString());
                    list.add(e);
                }
                m.put("migrations", list);
                m.put("problems", store.problems());
                console.out().println(Json.write(m));
            } else {
                console.out().println(Messages.get("store.info.mode", info.mode()));
                console.out().println(Messages.get("store.info.location", info.location()));
                console.out().println(info.sizeBytes() < 0 ? Messages.get("store.info.sizeUnknown")
                        : Messages.get("store.info.size", String.valueOf(info.sizeBytes())));
                console.out().println(Messages.get("store.info.migrations", migrations.size()));
                for (AppliedMigration a : migrations) {
                    console.out().println("  " + a.schema() + " V" + a.version() + "  " + a.description() + "  " + a.appliedAt()
                            + "  " + a.checksum().substring(0, 12));
                }
            }
            return reportProblems(store);
        });
    }

    private int backup(String[] args) throws UsageException {
        Path to = pathOption(args, "--to", Messages.get("store.noTo"));
        return withStore(store -> {
            Path copy = store.backup(to);
            console.out().println(Messages.get("store.backedUp", copy.toAbsolutePath()));
            return ExitCodes.OK;
        });
    }

    private int restore(String[] args) throws UsageException {
        Path from = pathOption(args, "--from", Messages.get("store.noFrom"));
        if (!Files.isDirectory(from)) {
            throw new UsageException(Messages.get("store.noSuchCopy", from));
        }
        return withStore(store -> {
            store.restore(from);
            console.out().println(Messages.get("store.restored", from.toAbsolutePath(), store.info().location()));
            return reportProblems(store);
        });
    }

    private int server(String[] args) throws UsageException {
        if (args.length == 0 || !args[0].equals("start")) {
            throw new UsageException(Messages.get("store.server.usage"));
        }
        String host = "127.0.0.1";
        int port = 1527;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = parsePort(value(args, i++, "--port"));
                case "--host" -> host = value(args, i++, "--host");
                default -> throw new UsageException(Messages.get("usage.unknownOption", args[i]));
            }
        }
        String home = databaseHome();
        DerbyServer server = service(DerbyServer.class);
        if (server == null) {
            console.err().println(Messages.get("store.unavailable", DerbyServer.class.getName()));
            return ExitCodes.FAILED;
        }
        try {
            DerbyServer.Address address = server.start(host, port);
            console.out().println(Messages.get("store.server.ready", address.host() + ":" + address.port(), home));
            console.out().flush();
            stopped.await();
            return ExitCodes.OK;
        } catch (StoreException e) {
            console.err().println("steward-node store server: " + e.getMessage());
            return ExitCodes.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.OK;
        } finally {
            try {
                server.stop();
            } catch (StoreException | RuntimeException e) {
                // the framework is stopping and stops the server with its component
            }
        }
    }

    /** Databases that clients name without a path live here: {@code derby.system.home}, else {@code <steward.home>/data}. */
    private String databaseHome() {
        String home = System.getProperty("derby.system.home");
        if (home == null) {
            String dist = context.getProperty("steward.home");
            home = Path.of(dist == null ? "." : dist, "data").toAbsolutePath().toString();
            System.setProperty("derby.system.home", home); // read when Derby boots, which has not happened yet
        }
        return home;
    }

    private interface StoreWork {
        int run(Store store) throws StoreException;
    }

    private int withStore(StoreWork work) {
        Store store = service(Store.class);
        if (store == null) {
            console.err().println(Messages.get("store.unavailable", Store.class.getName()));
            return ExitCodes.FAILED;
        }
        try {
            return work.run(store);
        } catch (StoreException e) {
            console.err().println("steward-node store: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    private int reportProblems(Store store) {
        List<String> problems = store.problems();
        if (problems.isEmpty()) {
            return ExitCodes.OK;
        }
        console.err().println(Messages.get("models.problems", problems.size()));
        for (String p : problems) {
            console.err().println("  " + p);
        }
        return ExitCodes.FAILED;
    }

    /**
     * The service, waiting up to a minute for it to be registered; null when it is not, or when its component fails
     * to activate (SCR logs why, e.g. an unset password variable, and the log printer shows it on standard error).
     */
    private <T> T service(Class<T> type) {
        long end = System.nanoTime() + SERVICE_WAIT_MILLIS * 1_000_000L;
        try {
            while (true) {
                ServiceReference<T> ref = context.getServiceReference(type);
                if (ref != null) {
                    // the service object stays valid for this command; the component lives as long as the framework
                    return context.getService(ref);
                }
                if (System.nanoTime() > end) {
                    return null;
                }
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static Path pathOption(String[] args, String name, String missing) throws UsageException {
        Path path = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(name)) {
                String v = value(args, i++, name);
                try {
                    path = Path.of(v);
                } catch (InvalidPathException e) {
                    throw new UsageException(Messages.get("run.badPath", name, v));
                }
            } else {
                throw new UsageException(Messages.get("usage.unknownOption", args[i]));
            }
        }
        if (path == null) {
            throw new UsageException(missing);
        }
        return path;
    }

    private static String value(String[] args, int i, String name) throws UsageException {
        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
            throw new UsageException(Messages.get("run.missingValue", name));
        }
        return args[i + 1];
    }

    private static int parsePort(String v) throws UsageException {
        try {
            int p = Integer.parseInt(v);
            if (p >= 0 && p <= 65_535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(Messages.get("store.badPort", v));
    }
}
