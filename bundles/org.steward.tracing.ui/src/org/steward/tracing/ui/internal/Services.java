package org.steward.tracing.ui.internal;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Looks up services in the OSGi registry and the workspace folder of the workbench. */
public final class Services {
    private static final long WAIT_MILLIS = 5_000;

    private Services() {
    }

    /** The workspace: the workbench's instance location ({@code -data}), if it is a folder. */
    public static Optional<Path> workspace() {
        try {
            Location location = Platform.getInstanceLocation();
            if (location != null && location.getURL() != null) {
                return Optional.of(Path.of(location.getURL().toURI()));
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            // not a file URL
        }
        return Optional.empty();
    }

    public static BundleContext context() {
        return FrameworkUtil.getBundle(Services.class).getBundleContext();
    }

    /**
     * The service of that type, waiting a few seconds for DS to activate it; empty if there is none. The bundle
     * keeps using it after the lookup (the tracker's own use is released), so a service factory such as
     * ConfigAdmin stays valid.
     */
    public static <T> Optional<T> get(Class<T> type) {
        BundleContext context = context();
        if (context == null) {
            return Optional.empty();
        }
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            if (tracker.waitForService(WAIT_MILLIS) == null) {
                return Optional.empty();
            }
            org.osgi.framework.ServiceReference<T> ref = tracker.getServiceReference();
            return ref == null ? Optional.empty() : Optional.ofNullable(context.getService(ref));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            tracker.close();
        }
    }
}
