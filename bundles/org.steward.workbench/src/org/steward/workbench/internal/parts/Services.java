package org.steward.workbench.internal.parts;

import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** Looks up the core's DS services (ModelCatalog, ModelRunner) in the OSGi service registry. */
public final class Services {

    private Services() {
    }

    public static BundleContext context() {
        return FrameworkUtil.getBundle(Services.class).getBundleContext();
    }

    /** The service now, if one is registered. */
    public static <T> Optional<T> find(Class<T> type) {
        BundleContext ctx = context();
        ServiceReference<T> ref = ctx.getServiceReference(type);
        return ref == null ? Optional.empty() : Optional.ofNullable(ctx.getService(ref));
    }
}
