package org.steward.core.tests;

import java.time.Duration;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** Finds DS services from inside the test runtime, starting the bundle that provides them if needed. */
final class Services {
    private Services() {
    }

    static BundleContext context() {
        return FrameworkUtil.getBundle(Services.class).getBundleContext();
    }

    static <T> T await(Class<T> type, Duration timeout) throws BundleException, InterruptedException {
        Bundle provider = FrameworkUtil.getBundle(type);
        if (provider.getState() != Bundle.ACTIVE) {
            provider.start();
        }
        BundleContext ctx = context();
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            ServiceReference<T> ref = ctx.getServiceReference(type);
            if (ref != null) {
                T service = ctx.getService(ref);
                if (service != null) {
                    return service;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no " + type.getName() + " service within " + timeout);
    }
}
