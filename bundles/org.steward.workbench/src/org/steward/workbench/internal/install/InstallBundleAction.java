package org.steward.workbench.internal.install;

import java.nio.file.Path;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.steward.trust.TrustDecision;
import org.steward.workbench.internal.Messages;

/** File › Install Bundle…: judges the chosen jar by the trust policy, asks on a warning, installs, says what came. */
public final class InstallBundleAction extends Action {

    private final IWorkbenchWindow window;

    public InstallBundleAction(IWorkbenchWindow window) {
        super(Messages.Install_action);
        this.window = window;
        setId("org.steward.workbench.installBundle");
    }

    @Override
    public void run() {
        FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
        dialog.setText(Messages.Install_choose);
        dialog.setFilterExtensions(new String[] {"*.jar"});
        String chosen = dialog.open();
        if (chosen != null) {
            install(Path.of(chosen));
        }
    }

    /** Installs {@code jar} with the dialogs a user sees; also the entry point of the UI tests. */
    public void install(Path jar) {
        String title = Messages.Install_title;
        try {
            BundleInstaller installer = Installers.forWorkbench();
            TrustDecision decision = installer.judge(jar);
            if (decision.verdict() == TrustDecision.Verdict.REJECT) {
                MessageDialog.openError(window.getShell(), title, NLS.bind(Messages.Install_refused, jar.getFileName(),
                        decision.reason()));
                return;
            }
            if (decision.verdict() == TrustDecision.Verdict.ACCEPT_WITH_WARNING && !MessageDialog.openQuestion(
                    window.getShell(), title, NLS.bind(Messages.Install_warning, jar.getFileName(), decision.reason()))) {
                return;
            }
            InstallOutcome[] outcome = new InstallOutcome[1];
            InstallException[] failure = new InstallException[1];
            BusyIndicator.showWhile(window.getShell().getDisplay(), () -> {
                try {
                    outcome[0] = installer.install(jar);
                } catch (InstallException e) {
                    failure[0] = e;
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
            MessageDialog.openInformation(window.getShell(), title, describe(outcome[0]));
        } catch (InstallException e) {
            MessageDialog.openError(window.getShell(), title, NLS.bind(Messages.Install_refused, jar.getFileName(),
                    e.getMessage()));
        }
    }

    static String describe(InstallOutcome o) {
        if (!o.restartReason().isEmpty()) {
            return NLS.bind(Messages.Install_doneRestart, new Object[] {o.symbolicName(), o.version(), o.restartReason()});
        }
        String text = NLS.bind(Messages.Install_done, new Object[] {o.symbolicName(), o.version(),
                o.models().isEmpty() ? Messages.Install_none : String.join(", ", o.models()),
                o.extensions().isEmpty() ? Messages.Install_none : String.join(", ", o.extensions())});
        return o.trustNote().isEmpty() ? text : text + "\n\n" + NLS.bind(Messages.Install_trustNote, o.trustNote());
    }
}
