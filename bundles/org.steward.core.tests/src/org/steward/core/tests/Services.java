package org.steward.core.tests;

import java.time.Duration;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.steward.testing.Osgi;

/** The test bundle's own context (services it registers come from it) and the core's DS services. */
final class Services {
    private Services() {
    }

    static BundleContext context() {
        return FrameworkUtil.getBundle(Services.class).getBundleContext();
    }

    static <T> T await(Class<T> type, Duration timeout) {
        Osgi.start(FrameworkUtil.getBundle(type).getSymbolicName());
        return Osgi.service(type, s -> true, timeout);
    }
}
