package org.steward.node.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.ServiceReference;
import org.steward.core.model.ModelDescriptor;
import org.steward.core.runtime.CatalogListener;
import org.steward.core.runtime.ModelCatalog;
import org.steward.store.AppliedMigration;
import org.steward.store.Store;
import org.steward.store.StoreException;
import org.steward.store.StoreInfo;

/**
 * {@code steward-node serve}: stays up until the framework stops (SIGTERM, Ctrl-C). File Install hot-deploys the
 * deploy folder; this command opens the admin channel and reports bundles and models as they come and go.
 */
final class ServeCommand {

    private final BundleContext context;
    private final ModelCatalog catalog;
    private final ProblemCollector problems;
    private final Path runDir;
    private final Path deployDir;
    private final Console console;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile AdminServer server;

    ServeCommand(BundleContext context, ModelCatalog catalog, ProblemCollector problems, Path runDir, Path deployDir,
                 Console console) {
        this.context = context;
        this.catalog = catalog;
        this.problems = problems;
        this.runDir = runDir;
        this.deployDir = deployDir;
        this.console = console;
    }

    int run(String[] args) throws UsageException {
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                console.out().println(Messages.get("usage.serve"));
                return ExitCodes.OK;
            }
            throw new UsageException(Messages.get("usage.unknownOption", arg));
        }
        BundleListener bundles = this::bundleChanged;
        context.addBundleListener(bundles);
        try (AutoCloseable models = catalog.addListener(new Reporter())) {
            server = AdminServer.start(runDir, this::answer, console.err()::println);
            console.out().println(Messages.get("serve.ready", deployDir, AdminServer.LOOPBACK + ":" + server.port(),
                    AdminFile.path(runDir)));
            console.out().flush();
            stopped.await();
            return ExitCodes.OK;
        } catch (IOException e) {
            console.err().println(Messages.get("serve.adminFailed", e.getMessage()));
            return ExitCodes.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.OK;
        } catch (Exception e) {
            console.err().println(Messages.get("serve.adminFailed", e));
            return ExitCodes.FAILED;
        } finally {
            stop();
            try {
                context.removeBundleListener(bundles);
            } catch (IllegalStateException e) {
                // the bundle is already stopping
            }
        }
    }

    /** Closes the admin channel (removing run/admin.json) and lets {@link #run} return. */
    void stop() {
        AdminServer s = server;
        if (s != null) {
            s.close();
        }
        stopped.countDown();
    }

    private Map<String, Object> answer(String command) {
        Map<String, Object> m = new LinkedHashMap<>();
        switch (command) {
            case "models" -> {
                m.put("node", "serve");
                m.put("models", ModelListing.models(catalog.models()));
                m.put("problems", ModelListing.problems(problems.problems()));
            }
            case "ping" -> {
                m.put("status", "ready");
                m.put("pid", ProcessHandle.current().pid());
                m.put("bundles", context.getBundles().length);
            }
            case "store" -> m = storeAnswer();
            case "ingest" -> m = ingestAnswer();
            default -> m = AdminServer.error(Messages.get("admin.unknownCommand", command));
        }
        return m;
    }

    /** The sensor ingests running in this node, with their counters; an error when the node has no sensor bundle. */
    private Map<String, Object> ingestAnswer() {
        try {
            return IngestAnswer.of(context);
        } catch (NoClassDefFoundError e) {
            return AdminServer.error(Messages.get("ingest.noSensorBundle"));
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e); // no filter is given
        }
    }

    /** The store this serve node uses (opening it on first ask): mode, location, applied migrations, problems. */
    private Map<String, Object> storeAnswer() {
        ServiceReference<Store> ref = context.getServiceReference(Store.class);
        if (ref == null) {
            return AdminServer.error(Messages.get("store.unavailable", Store.class.getName()));
        }
        Store store = context.getService(ref);
        try {
            if (store == null) {
                return AdminServer.error(Messages.get("store.unavailable", Store.class.getName()));
            }
            Map<String, Object> m = new LinkedHashMap<>();
            StoreInfo info = store.info();
            m.put("mode", info.mode());
            m.put("location", info.location());
            List<String> applied = new ArrayList<>();
            for (AppliedMigration a : store.migrations()) {
                applied.add(a.schema() + " V" + a.version());
            }
            m.put("migrations", applied);
            m.put("problems", store.problems());
            return m;
        } catch (StoreException e) {
            return AdminServer.error(e.getMessage());
        } finally {
            context.ungetService(ref);
        }
    }

    private void bundleChanged(BundleEvent event) {
        String key = switch (event.getType()) {
            case BundleEvent.INSTALLED -> "serve.bundleInstalled";
            case BundleEvent.UPDATED -> "serve.bundleUpdated";
            case BundleEvent.UNINSTALLED -> "serve.bundleUninstalled";
            case BundleEvent.STARTED -> "serve.bundleStarted";
            default -> null;
        };
        if (key != null) {
            Bundle b = event.getBundle();
            console.err().println(Messages.get(key, b.getSymbolicName(), b.getVersion(), b.getLocation()));
        }
    }

    private final class Reporter implements CatalogListener {
        @Override
        public void modelAdded(ModelDescriptor model) {
            console.err().println(Messages.get("serve.modelAdded", model.id(), model.version(), model.bundle()));
        }

        @Override
        public void modelRemoved(ModelDescriptor model) {
            console.err().println(Messages.get("serve.modelRemoved", model.id(), model.bundle()));
        }
    }
}
