package org.steward.data.ui.internal;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** Looks up the data services (store, workspace, importers) in the OSGi registry. */
public final class Services {
    private static final long WAIT_MILLIS = 5_000;

    private Services() {
    }

    /** The current workspace project: the workbench's instance location ({@code -data}), else ~/steward-workspace. */
    public static Path project() {
        try {
            Location location = Platform.getInstanceLocation();
            if (location != null && location.getURL() != null) {
                return Path.of(location.getURL().toURI());
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            // not a file URL: fall back to the default folder
        }
        return Path.of(System.getProperty("user.home"), "steward-workspace");
    }

    /**
     * The service of that type, waiting a few seconds for DS to register and activate it; empty if there is none.
     * Asked again until the time is up: while another thread is still activating the component (a Derby boot on a
     * busy machine), SCR gives up on a second caller after its lock timeout and returns nothing.
     */
    public static <T> Optional<T> get(Class<T> type) {
        BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
        if (context == null) {
            return Optional.empty();
        }
        long end = System.nanoTime() + WAIT_MILLIS * 1_000_000L;
        try {
            while (true) {
                ServiceReference<T> ref = context.getServiceReference(type);
                T service = ref == null ? null : context.getService(ref);
                if (service != null) {
                    return Optional.of(service);
                }
                if (System.nanoTime() > end) {
                    return Optional.empty();
                }
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
