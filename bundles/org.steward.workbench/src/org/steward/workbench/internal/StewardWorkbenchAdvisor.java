package org.steward.workbench.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.steward.workbench.internal.contributions.WorkbenchContributions;
import org.steward.workbench.internal.log.LogCollector;

/** Sets up the workbench: the Steward perspective, and the shared services the parts get injected. */
public class StewardWorkbenchAdvisor extends WorkbenchAdvisor {

    private WorkbenchContributions contributions;
    private LogCollector logCollector;

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        configurer.setSaveAndRestore(false);
    }

    @Override
    public void preStartup() {
        logCollector = LogCollector.start();
        ILog log = ILog.of(StewardWorkbenchAdvisor.class);
        contributions = new WorkbenchContributions(RegistryFactory.getRegistry(), log::log);
        IEclipseContext context = getWorkbenchConfigurer().getWorkbench().getService(IEclipseContext.class);
        context.set(WorkbenchContributions.class, contributions);
        context.set(LogCollector.class, logCollector);
    }

    @Override
    public void postShutdown() {
        if (contributions != null) {
            contributions.close();
        }
        if (logCollector != null) {
            logCollector.close();
        }
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new StewardWindowAdvisor(configurer);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        // a composed product may name another default perspective in its plugin_customization.ini
        String configured = org.eclipse.ui.PlatformUI.getPreferenceStore()
                .getString(org.eclipse.ui.IWorkbenchPreferenceConstants.DEFAULT_PERSPECTIVE_ID);
        return configured == null || configured.isBlank() ? StewardPerspective.ID : configured;
    }
}
