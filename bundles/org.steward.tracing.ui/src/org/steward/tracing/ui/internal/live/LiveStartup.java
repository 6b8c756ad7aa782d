package org.steward.tracing.ui.internal.live;

import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;
import org.steward.tracing.ui.internal.Services;
import org.steward.tracing.ui.internal.TracingSession;

/**
 * When the workbench opens a workspace with {@code tracing/live.properties}, starts {@link LiveLauncher} on it;
 * closes the live connection when the workbench shuts down.
 */
public class LiveStartup implements IStartup {

    @Override
    public void earlyStartup() {
        PlatformUI.getWorkbench().addWorkbenchListener(new IWorkbenchListener() {
            @Override
            public boolean preShutdown(IWorkbench workbench, boolean forced) {
                return true;
            }

            @Override
            public void postShutdown(IWorkbench workbench) {
                TracingSession.get().disconnect();
            }
        });
        Services.workspace().ifPresent(ws -> LiveLauncher.forWorkspace(ws, true).ifPresent(j -> j.schedule()));
    }
}
