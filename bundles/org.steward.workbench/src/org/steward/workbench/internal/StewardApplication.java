package org.steward.workbench.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** The Steward desktop: runs the workbench (Eclipse 4 model, through the compatibility layer) until it closes. */
public class StewardApplication implements IApplication {

    public static final String ID = "org.steward.workbench.application";

    @Override
    public Object start(IApplicationContext context) {
        Display.setAppName("Steward");
        Display display = PlatformUI.createDisplay();
        try (DsBundleStarter starter = DsBundleStarter.start()) {
            int code = PlatformUI.createAndRunWorkbench(display, new StewardWorkbenchAdvisor());
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
