package org.steward.workbench.p2.internal;

import java.lang.reflect.InvocationTargetException;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Eclipse's "Apply Changes": asks the simple configurator to bring the running framework in line with the
 * {@code bundles.info} p2 has just written (install the new bundles, start those marked to start, refresh). The
 * configurator's service interface is a p2-internal (friends-only) type, so it is called through its one method.
 */
final class ConfigurationApplier {

    static final String CONFIGURATOR = "org.eclipse.equinox.internal.provisional.configurator.Configurator";

    private final BundleContext context;

    ConfigurationApplier(BundleContext context) {
        this.context = context;
    }

    /** Empty when applied; else why not (no simple configurator running: the change takes effect at the next start). */
    Optional<String> apply() {
        ServiceReference<?> ref = context.getServiceReference(CONFIGURATOR);
        if (ref == null) {
            return Optional.of("this workbench was not started by the simple configurator, so the new configuration"
                    + " takes effect at the next start");
        }
        Object configurator = context.getService(ref);
        try {
            configurator.getClass().getMethod("applyConfiguration").invoke(configurator);
            return Optional.empty();
        } catch (InvocationTargetException e) {
            return Optional.of("applying the new configuration failed (" + e.getCause() + "); restart the workbench");
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.of("the simple configurator cannot apply the configuration (" + e + "); restart the workbench");
        } finally {
            context.ungetService(ref);
        }
    }
}
