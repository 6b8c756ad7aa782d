package org.steward.workbench.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.BundleTracker;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;

/**
 * Starts resolved bundles that declare DS components ({@code Service-Component}) but were installed without
 * being started, e.g. models installed from the update site or dropped in by a partner: DS only reads the
 * components of started bundles, so without this their models would never reach the navigator.
 * The bundle's activation policy is respected; a bundle stopped on purpose while the workbench runs stays stopped.
 */
final class DsBundleStarter extends BundleTracker<Bundle> implements AutoCloseable {

    private DsBundleStarter(BundleContext context) {
        super(context, Bundle.RESOLVED, null);
    }

    static DsBundleStarter start() {
        DsBundleStarter starter = new DsBundleStarter(FrameworkUtil.getBundle(DsBundleStarter.class).getBundleContext());
        starter.open();
        return starter;
    }

    @Override
    public Bundle addingBundle(Bundle bundle, BundleEvent event) {
        // event null: found resolved when the workbench started; RESOLVED: just installed or updated. A bundle that
        // someone stopped (event STOPPED) stays stopped.
        boolean fresh = event == null || event.getType() == BundleEvent.RESOLVED;
        if (fresh && bundle.getHeaders("").get("Service-Component") != null && bundle.getHeaders("").get("Fragment-Host") == null) {
            try {
                bundle.start(Bundle.START_ACTIVATION_POLICY);
            } catch (Exception e) {
                ILog.of(DsBundleStarter.class).log(Status.warning("bundle " + bundle.getSymbolicName()
                        + " declares components but could not be started: " + e, e));
            }
        }
        return null; // nothing to track afterwards
    }

    @Override
    public void close() {
        super.close();
    }
}
