package org.steward.competitor.ui.internal;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The open workspace project and the OSGi services the competitor UI uses (the {@code Workspaces} service). */
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

    /** The service of that type, waiting a few seconds for DS to activate it; empty if there is none. */
    public static <T> Optional<T> get(Class<T> type) {
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
