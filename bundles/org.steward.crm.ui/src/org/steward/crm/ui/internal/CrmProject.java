package org.steward.crm.ui.internal;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Where the CRM records are: the folder {@code crm/} of the workbench's instance location ({@code -data}) when it
 * exists (the demo workspace's layout), else the instance location itself (where the CRM import wizard saves).
 */
public final class CrmProject {
    public static final String FOLDER = "crm";
    private static final long WAIT_MILLIS = 5_000;

    private CrmProject() {
    }

    public static Path folder() {
        Path root = instance();
        Path crm = root.resolve(FOLDER);
        return Files.isDirectory(crm) ? crm : root;
    }

    private static Path instance() {
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
    public static <T> Optional<T> service(Class<T> type) {
        BundleContext context = FrameworkUtil.getBundle(CrmProject.class).getBundleContext();
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

    /** The user of this desktop as the author of the commits the views make. */
    public static org.steward.workspace.Author author() {
        String user = System.getProperty("user.name", "steward");
        return new org.steward.workspace.Author(user.isBlank() ? "steward" : user, user + "@localhost");
    }
}
