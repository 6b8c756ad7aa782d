package org.steward.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * What tests running inside OSGi (tycho-surefire) need to reach real DS services: start the bundles that provide
 * them (lazy bundles are not started by the test runtime), wait for a service with a bound, configure a component
 * through ConfigAdmin, and copy files a bundle ships.
 */
public final class Osgi {
    /** How long a test waits for a service before it fails with the service's name. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(20);

    private Osgi() {
    }

    public static BundleContext context() {
        Bundle self = FrameworkUtil.getBundle(Osgi.class);
        if (self.getBundleContext() == null) {
            try {
                self.start(Bundle.START_TRANSIENT);
            } catch (BundleException e) {
                throw new IllegalStateException("cannot start " + self.getSymbolicName(), e);
            }
        }
        return self.getBundleContext();
    }

    public static Optional<Bundle> bundle(String symbolicName) {
        for (Bundle b : context().getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** Starts every named bundle that is installed and not active; a name that is not installed fails the test. */
    public static void start(String... symbolicNames) {
        for (String name : symbolicNames) {
            Bundle b = bundle(name).orElseThrow(() -> new AssertionError("bundle " + name + " is not in the test runtime"));
            if (b.getState() != Bundle.ACTIVE) {
                try {
                    b.start();
                } catch (BundleException e) {
                    throw new AssertionError("bundle " + name + " does not start: " + e.getMessage(), e);
                }
            }
        }
    }

    public static <T> T service(Class<T> type) {
        return service(type, s -> true, DEFAULT_WAIT);
    }

    /**
     * The first service of {@code type} that satisfies {@code ready}, waiting up to {@code wait}. The service stays
     * got for the rest of the test (a service factory such as ConfigAdmin would otherwise drop our instance).
     */
    public static <T> T service(Class<T> type, Predicate<T> ready, Duration wait) {
        return service(type, null, ready, wait);
    }

    private static <T> T service(Class<T> type, String filter, Predicate<T> ready, Duration wait) {
        BundleContext ctx = context();
        long end = System.nanoTime() + wait.toNanos();
        try {
            do {
                for (ServiceReference<T> ref : ctx.getServiceReferences(type, filter)) {
                    T t = ctx.getService(ref);
                    if (t != null && ready.test(t)) {
                        return t;
                    }
                    if (t != null) {
                        ctx.ungetService(ref);
                    }
                }
                Thread.sleep(20);
            } while (System.nanoTime() < end);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("bad filter " + filter, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError("no " + type.getName() + " service" + (filter == null ? "" : " " + filter) + " (that is ready) within "
                + wait.toSeconds() + " s");
    }

    /**
     * Gives the component with configuration PID {@code pid} these properties through ConfigAdmin and returns the
     * service once {@code ready} says it runs with them — an instance activated with this very update (never one of an
     * earlier configuration that SCR has yet to dispose of).
     */
    public static <T> T configure(String pid, Map<String, ?> properties, Class<T> type, Predicate<T> ready) {
        start("org.apache.felix.configadmin", "org.apache.felix.scr");
        ConfigurationAdmin admin = service(ConfigurationAdmin.class);
        // A marker of this update: the service must carry it (DS publishes configuration properties on the component's
        // service), so that an instance of an earlier configuration that SCR is about to dispose is never returned.
        String marker = Long.toString(CONFIGURATIONS.incrementAndGet()) + "-" + System.nanoTime();
        try {
            Configuration config = admin.getConfiguration(pid, "?");
            Hashtable<String, Object> p = new Hashtable<>(properties);
            p.put(CONFIGURED_MARKER, marker);
            config.update(p);
        } catch (IOException e) {
            throw new AssertionError("cannot configure " + pid + ": " + e.getMessage(), e);
        }
        return service(type, "(" + CONFIGURED_MARKER + "=" + marker + ")", ready, DEFAULT_WAIT);
    }

    private static final String CONFIGURED_MARKER = "steward.test.configured";
    private static final java.util.concurrent.atomic.AtomicLong CONFIGURATIONS = new java.util.concurrent.atomic.AtomicLong();

    /** Copies the files of folder {@code path} of bundle {@code symbolicName} (not recursively) into {@code target}. */
    public static Path copyEntries(String symbolicName, String path, Path target) throws IOException {
        Bundle b = bundle(symbolicName).orElseThrow(() -> new AssertionError("bundle " + symbolicName + " is not installed"));
        Enumeration<URL> entries = b.findEntries(path, "*", false);
        if (entries == null) {
            throw new AssertionError("bundle " + symbolicName + " ships no " + path);
        }
        Files.createDirectories(target);
        for (URL u : Collections.list(entries)) {
            String p = u.getPath();
            if (p.endsWith("/")) {
                continue;
            }
            try (InputStream in = u.openStream()) {
                Files.copy(in, target.resolve(p.substring(p.lastIndexOf('/') + 1)));
            }
        }
        return target;
    }
}
