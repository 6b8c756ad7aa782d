package org.steward.workspace.tests;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;
import org.steward.store.Store;
import org.steward.workspace.Workspaces;

/** Gets the real DS services of the test runtime (Equinox + Felix SCR + ConfigAdmin). */
final class Osgi {
    private Osgi() {
    }

    static BundleContext context() {
        return FrameworkUtil.getBundle(Osgi.class).getBundleContext();
    }

    static void start(String... names) throws Exception {
        for (Bundle b : context().getBundles()) {
            for (String n : names) {
                if (n.equals(b.getSymbolicName()) && b.getState() != Bundle.ACTIVE && (b.getHeaders().get("Fragment-Host") == null)) {
                    b.start();
                }
            }
        }
    }

    static <T> T service(Class<T> type) throws Exception {
        start("org.apache.felix.scr", "org.apache.felix.configadmin", "org.steward.store", "org.steward.workspace");
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context(), type, null);
        tracker.open();
        T s = tracker.waitForService(20_000);
        if (s == null) {
            throw new AssertionError("no " + type.getSimpleName() + " service in the test runtime");
        }
        return s;
    }

    static Workspaces workspaces() throws Exception {
        return service(Workspaces.class);
    }

    /** Points the real Store at an embedded Derby database in {@code folder} and returns it once it is there. */
    static Store embeddedStore(Path folder) throws Exception {
        start("org.apache.felix.scr", "org.apache.felix.configadmin", "org.steward.store", "org.steward.workspace");
        ConfigurationAdmin admin = service(ConfigurationAdmin.class);
        Configuration config = admin.getConfiguration(Store.PID, "?");
        String location = folder.toAbsolutePath().toString();
        Dictionary<String, Object> d = new Hashtable<>(Map.of("mode", "embedded", "path", location));
        config.update(d);
        ServiceTracker<Store, Store> tracker = new ServiceTracker<>(context(), Store.class, null);
        tracker.open();
        try {
            long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < end) {
                Store s = tracker.getService();
                if (s != null && s.info().location().equals(location)
                        && s.migrations().stream().anyMatch(m -> m.schema().equals("steward.workspace"))) {
                    return s;
                }
                Thread.sleep(25);
            }
        } finally {
            tracker.close();
        }
        throw new AssertionError("the store did not open at " + location + " with the workspace migration applied");
    }
}
