package org.steward.workbench.internal.install;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;
import org.steward.core.model.ModelDescriptor;
import org.steward.core.runtime.ModelCatalog;

/**
 * The models of this installation for the command-line applications that list them without a window
 * ({@code org.steward.workbench.models}, {@code org.steward.workbench.p2.install -models}): the component bundles
 * started as the workbench does at start-up, then the catalog's list once it has stopped changing.
 */
public final class ModelListing {

    /** Models appear as their bundles' DS components activate; the list is taken once it has been stable this long. */
    private static final long SETTLE_MILLIS = 1500;
    private static final long POLL_MILLIS = 100;

    private ModelListing() {
    }

    /** Lazy bundles with DS components contribute models only once started, as the workbench does at start-up. */
    public static void startComponentBundles(BundleContext context) {
        for (Bundle b : context.getBundles()) {
            if (b.getState() == Bundle.RESOLVED && b.getHeaders().get("Service-Component") != null) {
                try {
                    b.start(Bundle.START_TRANSIENT);
                } catch (Exception e) {
                    System.err.println("steward: " + b.getSymbolicName() + " did not start: " + e.getMessage());
                }
            }
        }
    }

    /**
     * The catalog's models once the list has stopped changing.
     *
     * @return empty when no model catalog came up within {@code wait}
     */
    public static Optional<List<ModelDescriptor>> settled(BundleContext context, Duration wait) throws InterruptedException {
        ServiceTracker<ModelCatalog, ModelCatalog> tracker = new ServiceTracker<>(context, ModelCatalog.class, null);
        tracker.open();
        try {
            ModelCatalog catalog = tracker.waitForService(wait.toMillis());
            return catalog == null ? Optional.empty() : Optional.of(settled(catalog));
        } finally {
            tracker.close();
        }
    }

    private static List<ModelDescriptor> settled(ModelCatalog catalog) throws InterruptedException {
        List<ModelDescriptor> last = catalog.models();
        long stableSince = System.currentTimeMillis();
        while (System.currentTimeMillis() - stableSince < SETTLE_MILLIS) {
            Thread.sleep(POLL_MILLIS);
            List<ModelDescriptor> now = catalog.models();
            if (!now.equals(last)) {
                last = now;
                stableSince = System.currentTimeMillis();
            }
        }
        return last;
    }
}
