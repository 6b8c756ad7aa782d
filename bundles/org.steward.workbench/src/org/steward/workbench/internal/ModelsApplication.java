package org.steward.workbench.internal;

import java.time.Duration;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.steward.core.model.ModelDescriptor;
import org.steward.core.runtime.ModelCatalog;

/**
 * {@code steward -application org.steward.workbench.models}: prints the models of this installation, one
 * {@code id<TAB>name} per line, without opening a window — so that a composed product can be checked from a script.
 */
public final class ModelsApplication implements IApplication {

    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Models appear as their bundles' DS components activate; the list is taken once it has been stable this long. */
    private static final long SETTLE_MILLIS = 1500;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        BundleContext bc = FrameworkUtil.getBundle(ModelsApplication.class).getBundleContext();
        for (Bundle b : bc.getBundles()) {
            // lazy bundles with DS components contribute models only once started, as the workbench does at start-up
            if (b.getState() == Bundle.RESOLVED && b.getHeaders().get("Service-Component") != null) {
                try {
                    b.start(Bundle.START_TRANSIENT);
                } catch (Exception e) {
                    System.err.println("steward: " + b.getSymbolicName() + " did not start: " + e.getMessage());
                }
            }
        }
        ServiceTracker<ModelCatalog, ModelCatalog> tracker = new ServiceTracker<>(bc, ModelCatalog.class, null);
        tracker.open();
        try {
            ModelCatalog catalog = tracker.waitForService(WAIT.toMillis());
            if (catalog == null) {
                System.err.println("steward: no model catalog within " + WAIT.toSeconds() + " s");
                return 1;
            }
            List<ModelDescriptor> models = settled(catalog);
            for (ModelDescriptor m : models) {
                System.out.println(m.id() + "\t" + m.name());
            }
            return IApplication.EXIT_OK;
        } finally {
            tracker.close();
        }
    }

    private static List<ModelDescriptor> settled(ModelCatalog catalog) throws InterruptedException {
        List<ModelDescriptor> last = catalog.models();
        long stableSince = System.currentTimeMillis();
        while (System.currentTimeMillis() - stableSince < SETTLE_MILLIS) {
            Thread.sleep(100);
            List<ModelDescriptor> now = catalog.models();
            if (!now.equals(last)) {
                last = now;
                stableSince = System.currentTimeMillis();
            }
        }
        return last;
    }

    @Override
    public void stop() {
        // prints and returns; nothing to stop
    }
}
