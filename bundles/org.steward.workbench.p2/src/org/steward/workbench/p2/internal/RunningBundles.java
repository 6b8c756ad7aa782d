package org.steward.workbench.p2.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.FrameworkWiring;
import org.steward.workbench.internal.install.BundleContributions;

/** The bundles of a plan inside the running framework: found, started, checked, removed; their models and extensions. */
final class RunningBundles {

    private static final Duration SERVICE_WAIT = Duration.ofMillis(5000);

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
        return BundleContributions.models(bundles, SERVICE_WAIT);
    }

    private FrameworkWiring wiring() {
        return context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
    }
}
