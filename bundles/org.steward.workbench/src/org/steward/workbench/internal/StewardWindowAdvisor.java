package org.steward.workbench.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The main window: title, size, status line with the progress area. */
public class StewardWindowAdvisor extends WorkbenchWindowAdvisor {

    public StewardWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new StewardActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1200, 800));
        configurer.setShowCoolBar(false);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setShowPerspectiveBar(false);
        // a composed product (releng/compose) brands the window with its own name
        var product = org.eclipse.core.runtime.Platform.getProduct();
        boolean branded = product != null && !"org.steward.workbench.product".equals(product.getId());
        configurer.setTitle(branded ? product.getName() : Messages.Window_title);
    }
}
