package org.steward.customer.ui.internal;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The current project folder and OSGi services. */
final class Services {
    private static final long WAIT_MILLIS = 5_000;

    private Services() {
    }

    /** The workbench's instance location ({@code -data}), else ~/steward-workspace. */
    static Path project() {
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

    static <T> Optional<T> get(Class<T> type) {
        BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
        if (context == null) {
            return Optional.empty();
        }
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            return Optional.ofNullable(tracker.waitForService(WAIT_MILLIS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            tracker.close();
        }
    }
}
