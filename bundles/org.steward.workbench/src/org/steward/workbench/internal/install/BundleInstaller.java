package org.steward.workbench.internal.install;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.FrameworkWiring;
import org.steward.trust.TrustDecision;
import org.steward.trust.TrustGate;

/**
 * Installs a single bundle jar into the running workbench and removes it again ("drop-in"), without a restart
 * where the bundle allows it. The jar is judged by the {@link TrustGate} first, copied into a folder the installer
 * owns (so the original may be deleted) and installed from there; it stays installed across restarts. A bundle
 * that does not resolve or whose activation throws is uninstalled again and reported — the workbench goes on.
 */
public final class BundleInstaller {

    /** Location prefix that marks the bundles this installer put in. */
    static final String LOCATION_PREFIX = "steward-dropin:";
    private static final Duration SERVICE_WAIT = Duration.ofMillis(3000);

    private final BundleContext context;
    private final Path dropins;
    private final TrustGate trust;

    public BundleInstaller(BundleContext context, Path dropins, TrustGate trust) {
        this.context = context;
        this.dropins = dropins;
        this.trust = trust;
    }

    /** The trust decision for {@code jar}; the UI asks the user before installing on a warning. */
    public TrustDecision judge(Path jar) {
        return trust.decide(jar);
    }

    /** Bundles installed through this installer, by symbolic name. */
    public List<Bundle> installed() {
        List<Bundle> list = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            if (b.getLocation().startsWith(LOCATION_PREFIX)) {
                list.add(b);
            }
        }
        list.sort((a, b) -> a.getSymbolicName().compareTo(b.getSymbolicName()));
        return list;
    }

    /**
     * Installs (or updates, when a bundle of that name came through here before) and starts the bundle.
     *
     * @throws InstallException when the trust policy refuses it, it is not a bundle, it clashes with a bundle of the
     *                          product, it does not resolve or its activation fails — the message says which and why
     */
    public InstallOutcome install(Path jar) throws InstallException {
        TrustDecision decision = trust.decide(jar);
        if (!decision.installs()) {
            throw new InstallException(jar.getFileName() + ": " + decision.reason());
        }
        Manifest manifest = manifest(jar);
        String name = header(manifest, Constants.BUNDLE_SYMBOLICNAME).split(";")[0].trim();
        if (name.isEmpty()) {
            throw new InstallException(jar.getFileName() + ": not an OSGi bundle (no Bundle-SymbolicName in its manifest)");
        }
        Bundle existing = bySymbolicName(name);
        if (existing != null && !existing.getLocation().startsWith(LOCATION_PREFIX)) {
            throw new InstallException(name + " is part of this workbench (version " + existing.getVersion()
                    + "); it cannot be replaced by a drop-in — update the product instead");
        }
        Path copy = copyIn(jar, name);
        Bundle bundle;
        try {
            if (existing != null) {
                try (var in = Files.newInputStream(copy)) {
                    existing.update(in);
                }
                bundle = existing;
                refresh(List.of(bundle));
            } else {
                try (var in = Files.newInputStream(copy)) {
                    bundle = context.installBundle(LOCATION_PREFIX + name, in);
                }
            }
        } catch (BundleException | IOException e) {
            throw new InstallException(name + " was not installed: " + e.getMessage(), e);
        }
        String restart = restartReason(manifest);
        if (restart.isEmpty()) {
            try {
                bundle.start(Bundle.START_ACTIVATION_POLICY);
                if (isLazy(manifest)) {
                    bundle.start(); // contributed models are DS components: they appear only once the bundle is active
                }
            } catch (BundleException | RuntimeException e) {
                removeQuietly(bundle);
                throw new InstallException(name + " was removed again: " + reason(e), e);
            }
        }
        return new InstallOutcome(name, bundle.getVersion().toString(), BundleContributions.models(List.of(bundle), SERVICE_WAIT),
                BundleContributions.extensions(List.of(bundle)),
                decision.verdict() == TrustDecision.Verdict.ACCEPT_WITH_WARNING ? decision.reason() : "", restart);
    }

    /** Uninstalls a drop-in; its models and contributions disappear with it. */
    public void uninstall(Bundle bundle) throws InstallException {
        if (!bundle.getLocation().startsWith(LOCATION_PREFIX)) {
            throw new InstallException(bundle.getSymbolicName() + " is part of this workbench and cannot be removed here");
        }
        try {
            bundle.uninstall();
            refresh(List.of(bundle));
            Files.deleteIfExists(dropins.resolve(bundle.getSymbolicName() + ".jar"));
        } catch (BundleException | IOException e) {
            throw new InstallException(bundle.getSymbolicName() + " was not removed: " + e.getMessage(), e);
        }
    }

    private Path copyIn(Path jar, String name) throws InstallException {
        try {
            Files.createDirectories(dropins);
            Path target = dropins.resolve(name + ".jar");
            Path staging = dropins.resolve(name + ".jar.part");
            Files.copy(jar, staging, StandardCopyOption.REPLACE_EXISTING);
            return Files.move(staging, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new InstallException("cannot copy " + jar.getFileName() + " into " + dropins + ": " + e.getMessage(), e);
        }
    }

    /** Fragments attach to their host only when it is refreshed, which would restart much of the workbench. */
    private static String restartReason(Manifest manifest) {
        if (!header(manifest, Constants.FRAGMENT_HOST).isEmpty()) {
            return "it is a fragment of " + header(manifest, Constants.FRAGMENT_HOST).split(";")[0].trim()
                    + "; fragments attach to their host at the next start";
        }
        return "";
    }

    private Bundle bySymbolicName(String name) {
        for (Bundle b : context.getBundles()) {
            if (name.equals(b.getSymbolicName())) {
                return b;
            }
        }
        return null;
    }

    private void refresh(List<Bundle> bundles) {
        FrameworkWiring wiring = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
        Object done = new Object();
        synchronized (done) {
            wiring.refreshBundles(bundles, event -> {
                synchronized (done) {
                    done.notifyAll();
                }
            });
            try {
                done.wait(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void removeQuietly(Bundle bundle) {
        try {
            bundle.uninstall();
            refresh(List.of(bundle));
            Files.deleteIfExists(dropins.resolve(bundle.getSymbolicName() + ".jar"));
        } catch (BundleException | IOException | RuntimeException e) {
            // already gone or unreadable: the report above says what went wrong
        }
    }

    /** Resolution errors name the missing requirement; activation errors their cause. */
    private static String reason(Throwable e) {
        Throwable cause = e.getCause();
        String text = e.getMessage();
        if (cause != null && cause.getMessage() != null && !text.contains(cause.getMessage())) {
            text = text + " — " + cause;
        }
        return text;
    }

    private static boolean isLazy(Manifest manifest) {
        return header(manifest, Constants.BUNDLE_ACTIVATIONPOLICY).startsWith(Constants.ACTIVATION_LAZY);
    }

    private static Manifest manifest(Path jar) throws InstallException {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            Manifest m = file.getManifest();
            if (m == null) {
                throw new InstallException(jar.getFileName() + ": not an OSGi bundle (no META-INF/MANIFEST.MF)");
            }
            return m;
        } catch (IOException e) {
            throw new InstallException(jar.getFileName() + ": cannot be read as a jar: " + e.getMessage(), e);
        }
    }

    private static String header(Manifest m, String name) {
        String v = m.getMainAttributes().getValue(name);
        return v == null ? "" : v.trim();
    }
}
