package org.steward.workbench.internal.install;

import java.io.IOException;
import java.nio.file.Path;

import org.osgi.framework.FrameworkUtil;
import org.steward.trust.TrustGate;
import org.steward.trust.TrustPolicy;
import org.steward.trust.TrustedKeys;
import org.steward.workbench.internal.prefs.StartupSettings;

/** The workbench's installer, with the trust policy and keys of the Steward preferences. */
public final class Installers {

    private Installers() {
    }

    /**
     * @throws InstallException when the preferences name an unknown policy or the keys folder holds a bad file
     */
    public static BundleInstaller forWorkbench() throws InstallException {
        TrustGate gate = trustGate();
        Path dropins = StartupSettings.file().toAbsolutePath().getParent().resolve("dropins");
        return new BundleInstaller(FrameworkUtil.getBundle(Installers.class).getBundleContext(), dropins, gate);
    }

    /**
     * The trust gate of the Steward preferences (policy and trusted keys), shared by every workbench installer
     * (drop-in bundles and update-site features).
     *
     * @throws InstallException when the preferences name an unknown policy or the keys folder holds a bad file
     */
    public static TrustGate trustGate() throws InstallException {
        TrustGate gate;
        try {
            TrustPolicy policy = TrustPolicy.parse(StartupSettings.get(StartupSettings.TRUST_POLICY,
                    TrustPolicy.WARN_UNSIGNED.key()));
            Path keys = Path.of(StartupSettings.get(StartupSettings.TRUST_KEYS, StartupSettings.defaultTrustedKeys()));
            gate = new TrustGate(policy, TrustedKeys.fromFolder(keys));
        } catch (IllegalArgumentException | IOException e) {
            throw new InstallException("Window › Preferences › Steward: " + e.getMessage(), e);
        }
        return gate;
    }
}
