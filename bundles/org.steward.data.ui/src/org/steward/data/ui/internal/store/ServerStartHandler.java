package org.steward.data.ui.internal.store;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.steward.data.ui.internal.Messages;
import org.steward.data.ui.internal.Services;
import org.steward.store.DerbyServer;
import org.steward.store.StoreException;

/** Data › Start Derby network server…: asks for the port, starts the server, shows its address. */
public class ServerStartHandler extends AbstractHandler {
    static final String HOST = "127.0.0.1";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        InputDialog input = new InputDialog(shell, Messages.Server_title, Messages.Server_port, "1527", ServerStartHandler::checkPort);
        if (input.open() != Window.OK) {
            return null;
        }
        try {
            DerbyServer server = Services.get(DerbyServer.class).orElseThrow(() -> new StoreException(Messages.Store_missing));
            DerbyServer.Address a = server.start(HOST, Integer.parseInt(input.getValue().trim()));
            MessageDialog.openInformation(shell, Messages.Server_title, NLS.bind(Messages.Server_started, a.host(), a.port()));
        } catch (StoreException | RuntimeException e) {
            MessageDialog.openError(shell, Messages.Server_title, NLS.bind(Messages.Server_failed, e.getMessage()));
        }
        return null;
    }

    /** Null when {@code text} is a port 0–65535 (0 picks a free one), else the message. */
    public static String checkPort(String text) {
        try {
            int port = Integer.parseInt(text.trim());
            return port >= 0 && port <= 65535 ? null : Messages.Server_portInvalid;
        } catch (NumberFormatException e) {
            return Messages.Server_portInvalid;
        }
    }
}
