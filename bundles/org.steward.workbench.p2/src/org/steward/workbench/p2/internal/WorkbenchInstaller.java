package org.steward.workbench.p2.internal;

import java.util.Collection;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.steward.workbench.internal.install.InstallException;
import org.steward.workbench.internal.install.Installers;

/** The {@link FeatureInstaller} of the running workbench: its own p2 agent and profile (SELF), its trust settings. */
public final class WorkbenchInstaller {

    private WorkbenchInstaller() {
    }

    /** @throws InstallException when this runtime has no p2 agent (not a p2-installed product) or bad trust settings */
    public static FeatureInstaller get() throws InstallException {
        BundleContext context = FrameworkUtil.getBundle(WorkbenchInstaller.class).getBundleContext();
        return new FeatureInstaller(currentAgent(context), IProfileRegistry.SELF, Installers.trustGate(), context);
    }

    private static IProvisioningAgent currentAgent(BundleContext context) throws InstallException {
        startP2Core(context);
        try {
            Collection<ServiceReference<IProvisioningAgent>> refs = context.getServiceReferences(IProvisioningAgent.class,
                    "(" + IProvisioningAgent.SERVICE_CURRENT + "=true)");
            if (!refs.isEmpty()) {
                return context.getService(refs.iterator().next());
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        throw new InstallException("this workbench has no p2 installation data (eclipse.p2.data.area) — it was not"
                + " installed by p2, e.g. a development runtime; install into the materialised product instead");
    }

    /**
     * p2.core registers the running installation's agent when it starts; the engine, planner, repositories,
     * touchpoints, framework manipulator and transport come as DS services of lazy bundles, which the simple
     * configurator installs without starting: they are started (lazily, for this session) before the first use.
     */
    private static void startP2Core(BundleContext context) {
        for (Bundle b : context.getBundles()) {
            String name = b.getSymbolicName() == null ? "" : b.getSymbolicName();
            boolean p2 = name.startsWith("org.eclipse.equinox.p2.") || name.startsWith("org.eclipse.equinox.frameworkadmin")
                    || name.equals("org.eclipse.equinox.simpleconfigurator.manipulator") || name.startsWith("org.eclipse.ecf");
            if (p2 && b.getState() != Bundle.ACTIVE && b.getState() != Bundle.STARTING
                    && b.getHeaders().get("Fragment-Host") == null) {
                try {
                    b.start(Bundle.START_TRANSIENT | Bundle.START_ACTIVATION_POLICY);
                } catch (BundleException | RuntimeException e) {
                    // a p2 bundle that cannot start shows up as a missing p2 service with its own message
                }
            }
        }
        for (Bundle b : context.getBundles()) {
            if ("org.eclipse.equinox.p2.core".equals(b.getSymbolicName()) && b.getState() != Bundle.ACTIVE) {
                try {
                    b.start(Bundle.START_TRANSIENT);
                } catch (BundleException e) {
                    // reported as "no agent"
                }
            }
        }
    }
}
