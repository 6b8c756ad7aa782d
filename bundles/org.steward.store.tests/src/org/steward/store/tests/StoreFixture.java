package org.steward.store.tests;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.function.Predicate;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;
import org.steward.store.Store;

/** Configures the real Store component through ConfigAdmin and waits for the instance that matches. */
final class StoreFixture {
    private StoreFixture() {
    }

    static BundleContext context() {
        return FrameworkUtil.getBundle(StoreFixture.class).getBundleContext();
    }

    static void start(String... symbolicNames) throws Exception {
        for (Bundle b : context().getBundles()) {
            for (String name : symbolicNames) {
                if (name.equals(b.getSymbolicName()) && b.getState() != Bundle.ACTIVE) {
                    b.start();
                }
            }
        }
    }

    static <T> T service(Class<T> type) throws Exception {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context(), type, null);
        tracker.open();
        T s = tracker.waitForService(10_000);
        if (s == null) {
            throw new AssertionError("no " + type.getSimpleName() + " service");
        }
        return s;
    }

    /** Applies the configuration and returns the Store once it reports the expected location. */
    static Store configure(Map<String, Object> props, Predicate<Store> ready) throws Exception {
        start("org.apache.felix.configadmin", "org.apache.felix.scr", "org.steward.store");
        ConfigurationAdmin admin = service(ConfigurationAdmin.class);
        Configuration config = admin.getConfiguration(Store.PID, "?");
        Dictionary<String, Object> d = new Hashtable<>(props);
        config.update(d);
        ServiceTracker<Store, Store> tracker = new ServiceTracker<>(context(), Store.class, null);
        tracker.open();
        try {
            long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < end) {
                Store s = tracker.getService();
                if (s != null && ready.test(s)) {
                    return s;
                }
                Thread.sleep(25);
            }
        } finally {
            tracker.close();
        }
        throw new AssertionError("the store did not take configuration " + props + "; components: " + componentStates());
    }

    /** What SCR says about the store's components: the failure text when activation threw. */
    static String componentStates() throws Exception {
        org.osgi.service.component.runtime.ServiceComponentRuntime scr = service(org.osgi.service.component.runtime.ServiceComponentRuntime.class);
        StringBuilder out = new StringBuilder();
        for (var d : scr.getComponentDescriptionDTOs()) {
            if (!d.bundle.symbolicName.equals("org.steward.store")) {
                continue;
            }
            for (var c : scr.getComponentConfigurationDTOs(d)) {
                out.append(d.name).append(" state=").append(c.state).append(' ').append(c.failure == null ? "" : c.failure).append("; ");
            }
            if (scr.getComponentConfigurationDTOs(d).isEmpty()) {
                out.append(d.name).append(" enabled=").append(scr.isComponentEnabled(d)).append(" (no configuration); ");
            }
        }
        for (Bundle b : context().getBundles()) {
            if (b.getSymbolicName().startsWith("derby") || b.getSymbolicName().contains("configadmin") || b.getSymbolicName().contains("steward.store")) {
                out.append(b.getSymbolicName()).append('=').append(b.getState()).append(' ');
            }
        }
        return out.toString();
    }

    static Store embedded(Path folder, int poolSize) throws Exception {
        String location = folder.toAbsolutePath().toString();
        return configure(Map.of("mode", "embedded", "path", location, "poolSize", poolSize, "poolWaitMillis", 300L),
                s -> s.info().location().equals(location));
    }
}
