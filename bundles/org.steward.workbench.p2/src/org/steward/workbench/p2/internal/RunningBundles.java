package org.steward.workbench.p2.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.RegistryFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.FrameworkWiring;
import org.steward.core.model.AnalysisModel;

/** The bundles of a plan inside the running framework: found, started, checked, removed; their models and extensions. */
final class RunningBundles {

    private static final long SERVICE_WAIT_MILLIS = 5000;

    private final BundleContext context;

    RunningBundles(BundleContext context) {
        this.context = context;
    }

    Optional<Bundle> find(String symbolicName, String version) {
        Version v = Version.parseVersion(version);
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName()) && v.equals(b.getVersion())) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /**
     * Resolves and starts a newly installed bundle (lazy ones too: their DS models appear only once active).
     *
     * @return empty when it runs, else why not: the unresolved requirement or the activation error
     */
    Optional<String> start(Bundle bundle) {
        if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
            return Optional.empty();
        }
        wiring().resolveBundles(List.of(bundle));
        try {
            bundle.start(Bundle.START_ACTIVATION_POLICY);
            if (bundle.getHeaders().get("Service-Component") != null) {
                bundle.start();
            }
            return Optional.empty();
        } catch (BundleException | RuntimeException e) {
            String text = e.getMessage();
            Throwable cause = e.getCause();
            if (cause != null && cause.getMessage() != null && !text.contains(cause.getMessage())) {
                text = text + " — " + cause;
            }
            String what = bundle.getState() == Bundle.INSTALLED ? " does not resolve: " : " failed to start: ";
            return Optional.of(bundle.getSymbolicName() + " " + bundle.getVersion() + what + text);
        }
    }

    void uninstall(Collection<Bundle> bundles) {
        List<Bundle> gone = new ArrayList<>();
        for (Bundle b : bundles) {
            try {
                b.uninstall();
                gone.add(b);
            } catch (BundleException | IllegalStateException e) {
                // already uninstalled
            }
        }
        refresh(gone);
    }

    void refresh(Collection<Bundle> bundles) {
        if (bundles.isEmpty()) {
            return;
        }
        CountDownLatch done = new CountDownLatch(1);
        wiring().refreshBundles(bundles, event -> done.countDown());
        try {
            done.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Model ids the bundles register, waiting a little for their DS components to come up. */
    List<String> models(List<Bundle> bundles) {
        boolean expectComponents = bundles.stream().anyMatch(b -> b.getHeaders().get("Service-Component") != null);
        long deadline = System.currentTimeMillis() + SERVICE_WAIT_MILLIS;
        List<String> ids = registeredModels(bundles);
        while (expectComponents && ids.isEmpty() && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            ids = registeredModels(bundles);
        }
        return ids;
    }

    private static List<String> registeredModels(List<Bundle> bundles) {
        List<String> ids = new ArrayList<>();
        for (Bundle bundle : bundles) {
            ServiceReference<?>[] refs = bundle.getState() == Bundle.ACTIVE ? bundle.getRegisteredServices() : null;
            for (ServiceReference<?> ref : refs == null ? new ServiceReference<?>[0] : refs) {
                if (ref.getProperty(Constants.OBJECTCLASS) instanceof String[] names
                        && List.of(names).contains(AnalysisModel.class.getName())) {
                    ids.add(String.valueOf(ref.getProperty("steward.model.id")));
                }
            }
        }
        ids.sort(null);
        return ids;
    }

    static List<String> extensions(List<Bundle> bundles) {
        Map<String, Integer> counts = new TreeMap<>();
        var registry = RegistryFactory.getRegistry();
        for (Bundle bundle : bundles) {
            if (registry != null) {
                for (IExtension e : registry.getExtensions(ContributorFactoryOSGi.createContributor(bundle))) {
                    counts.merge(e.getExtensionPointUniqueIdentifier(), 1, Integer::sum);
                }
            }
        }
        List<String> list = new ArrayList<>();
        counts.forEach((point, n) -> list.add(point + " (" + n + ")"));
        return list;
    }

    private FrameworkWiring wiring() {
        return context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
    }
}
