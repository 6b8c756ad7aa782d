package org.steward.workbench.internal.install;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.RegistryFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.steward.core.model.AnalysisModel;

/**
 * What newly installed bundles contribute to the running workbench, as the installers report it (drop-in bundles and
 * update-site features): the ids of the models they register and the extension points they extend.
 */
public final class BundleContributions {

    private static final long POLL_MILLIS = 50;

    private BundleContributions() {
    }

    /**
     * Model ids the bundles register, sorted; when any of them has DS components, waits up to {@code wait} for the
     * first model to appear (components activate after the bundle has started).
     */
    public static List<String> models(List<Bundle> bundles, Duration wait) {
        boolean expectComponents = bundles.stream().anyMatch(b -> b.getHeaders().get("Service-Component") != null);
        long deadline = System.currentTimeMillis() + wait.toMillis();
        List<String> ids = registeredModels(bundles);
        while (expectComponents && ids.isEmpty() && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            ids = registeredModels(bundles);
        }
        return ids;
    }

    /** The extension points the bundles contribute to, each with how many extensions: {@code point (n)}, sorted. */
    public static List<String> extensions(List<Bundle> bundles) {
        Map<String, Integer> counts = new TreeMap<>();
        var registry = RegistryFactory.getRegistry();
        if (registry != null) {
            for (Bundle bundle : bundles) {
                for (IExtension e : registry.getExtensions(ContributorFactoryOSGi.createContributor(bundle))) {
                    counts.merge(e.getExtensionPointUniqueIdentifier(), 1, Integer::sum);
                }
            }
        }
        List<String> list = new ArrayList<>();
        counts.forEach((point, n) -> list.add(point + " (" + n + ")"));
        return list;
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
}
