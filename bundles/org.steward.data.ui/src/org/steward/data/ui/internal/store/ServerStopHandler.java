package org.steward.data.ui.internal.store;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.steward.data.ui.internal.Messages;
import org.steward.data.ui.internal.Services;
import org.steward.store.DerbyServer;
import org.steward.store.StoreException;

/** Data › Stop Derby network server. */
public class ServerStopHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        try {
            DerbyServer server = Services.get(DerbyServer.class).orElseThrow(() -> new StoreException(Messages.Store_missing));
            if (server.running().isEmpty()) {
                MessageDialog.openInformation(shell, Messages.Server_title, Messages.Server_notRunning);
                return null;
            }
            server.stop();
            MessageDialog.openInformation(shell, Messages.Server_title, Messages.Server_stopped);
        } catch (StoreException | RuntimeException e) {
            MessageDialog.openError(shell, Messages.Server_title, NLS.bind(Messages.Server_failed, e.getMessage()));
        }
        return null;
    }
}
