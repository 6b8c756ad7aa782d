package org.steward.workbench.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.steward.workbench.internal.install.InstallBundleAction;
import org.steward.workbench.internal.install.ManageBundlesAction;

/** Menus: File (Import…, Exit), Window (Preferences), Help (About). */
public class StewardActionBarAdvisor extends ActionBarAdvisor {

    private IWorkbenchAction quit;
    private IWorkbenchAction preferences;
    private IWorkbenchAction about;
    private ImportAction importAction;
    private InstallBundleAction installBundle;
    private ManageBundlesAction manageBundles;

    public StewardActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        quit = ActionFactory.QUIT.create(window);
        register(quit);
        preferences = ActionFactory.PREFERENCES.create(window);
        register(preferences);
        about = ActionFactory.ABOUT.create(window);
        register(about);
        importAction = new ImportAction(window);
        installBundle = new InstallBundleAction(window);
        register(installBundle);
        manageBundles = new ManageBundlesAction(window);
        register(manageBundles);
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        MenuManager file = new MenuManager(Messages.Menu_file, IWorkbenchActionConstants.M_FILE);
        file.add(importAction);
        file.add(new Separator("bundles"));
        file.add(installBundle);
        file.add(manageBundles);
        file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        file.add(quit);
        MenuManager window = new MenuManager(Messages.Menu_window, IWorkbenchActionConstants.M_WINDOW);
        window.add(preferences);
        MenuManager help = new MenuManager(Messages.Menu_help, IWorkbenchActionConstants.M_HELP);
        help.add(about);
        menuBar.add(file);
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(window);
        menuBar.add(help);
    }
}
