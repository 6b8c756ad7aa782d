package org.steward.tracing.ui.internal.live;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

/**
 * What the {@code org.steward.tracing.live.LiveTracing} service (tracing contract item 2) says about the park it
 * runs. The service's bundle is optional for the UI, so it is looked up by interface name and its three
 * accessors called through the interface.
 */
public record LiveService(String park, Path network, String brokerUri) {
    public static final String INTERFACE = "org.steward.tracing.live.LiveTracing";

    /** The service if it is registered or appears within {@code wait}. */
    public static Optional<LiveService> find(BundleContext context, Duration wait) {
        ServiceTracker<Object, Object> tracker;
        try {
            tracker = new ServiceTracker<>(context, context.createFilter("(objectClass=" + INTERFACE + ")"), null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        tracker.open(true);
        try {
            Object service = tracker.waitForService(Math.max(1, wait.toMillis()));
            return service == null ? Optional.empty() : Optional.of(read(service));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        } finally {
            tracker.close();
        }
    }

    private static LiveService read(Object service) throws ReflectiveOperationException {
        Class<?> api = api(service.getClass()).orElseThrow(() -> new NoSuchMethodException(INTERFACE));
        Method park = api.getMethod("park");
        Method network = api.getMethod("network");
        Method broker = api.getMethod("brokerUri");
        return new LiveService(String.valueOf(park.invoke(service)), (Path) network.invoke(service), String.valueOf(broker.invoke(service)));
    }

    private static Optional<Class<?>> api(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                if (i.getName().equals(INTERFACE)) {
                    return Optional.of(i);
                }
            }
        }
        return Optional.empty();
    }
}
