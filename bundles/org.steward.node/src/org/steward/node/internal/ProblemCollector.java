package org.steward.node.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Namespace;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import org.steward.core.model.StewardStatus;
import org.steward.core.runtime.ModelCatalog;

/**
 * What is wrong in this node right now: models the catalogue skipped, bundles that do not resolve or did not
 * start, components that failed to activate or wait for a service.
 */
final class ProblemCollector {

    private final BundleContext context;
    private final ModelCatalog catalog;
    private final Supplier<Optional<ServiceComponentRuntime>> scr;

    ProblemCollector(BundleContext context, ModelCatalog catalog, Supplier<Optional<ServiceComponentRuntime>> scr) {
        this.context = context;
        this.catalog = catalog;
        this.scr = scr;
    }

    List<StewardStatus> problems() {
        List<StewardStatus> problems = new ArrayList<>(catalog.problems());
        FrameworkWiring wiring = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getBundleId() == 0 || isFragment(bundle)) {
                continue;
            }
            if (bundle.getState() == Bundle.INSTALLED) {
                problems.add(StewardStatus.error(name(bundle), Messages.get("problem.unresolved", name(bundle),
                        bundle.getLocation(), missing(bundle, wiring))));
            } else if (bundle.getState() == Bundle.RESOLVED) {
                problems.add(StewardStatus.error(name(bundle), Messages.get("problem.notStarted", name(bundle),
                        bundle.getLocation())));
            }
        }
        scr.get().ifPresent(runtime -> components(runtime, problems));
        return List.copyOf(problems);
    }

    private static void components(ServiceComponentRuntime runtime, List<StewardStatus> problems) {
        for (ComponentDescriptionDTO description : runtime.getComponentDescriptionDTOs()) {
            String bundle = description.bundle.symbolicName;
            for (ComponentConfigurationDTO config : runtime.getComponentConfigurationDTOs(description)) {
                if (config.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    problems.add(StewardStatus.error(bundle, Messages.get("problem.failedActivation", description.name,
                            bundle, firstLine(config.failure))));
                } else if (config.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE) {
                    List<String> refs = new ArrayList<>();
                    for (UnsatisfiedReferenceDTO ref : config.unsatisfiedReferences) {
                        refs.add(ref.name + (ref.target == null ? "" : " " + ref.target));
                    }
                    problems.add(StewardStatus.warning(bundle, Messages.get("problem.unsatisfied", description.name, bundle,
                            String.join(", ", refs))));
                }
            }
        }
    }

    /** The requirements of an unresolved bundle that no installed bundle can meet. */
    private static String missing(Bundle bundle, FrameworkWiring wiring) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        if (revision == null) {
            return "?";
        }
        List<String> missing = new ArrayList<>();
        for (BundleRequirement requirement : revision.getDeclaredRequirements(null)) {
            var directives = requirement.getDirectives();
            if (Namespace.RESOLUTION_OPTIONAL.equals(directives.get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE))
                    || !Namespace.EFFECTIVE_RESOLVE.equals(directives.getOrDefault(Namespace.REQUIREMENT_EFFECTIVE_DIRECTIVE,
                    Namespace.EFFECTIVE_RESOLVE))) {
                continue;
            }
            Collection<BundleCapability> providers = wiring.findProviders(requirement);
            if (providers.isEmpty()) {
                missing.add(requirement.getNamespace() + " " + directives.getOrDefault(Namespace.REQUIREMENT_FILTER_DIRECTIVE, ""));
            }
        }
        return missing.isEmpty() ? Messages.get("problem.unresolved.indirect") : String.join("; ", missing);
    }

    private static boolean isFragment(Bundle bundle) {
        return bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null;
    }

    private static String name(Bundle bundle) {
        String bsn = bundle.getSymbolicName();
        return (bsn == null ? bundle.getLocation() : bsn) + " " + bundle.getVersion();
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int nl = text.indexOf('\n');
        return (nl < 0 ? text : text.substring(0, nl)).trim();
    }
}
