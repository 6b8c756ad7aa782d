package org.steward.data.ui.internal.secure;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.steward.data.ui.internal.Services;
import org.steward.data.ui.internal.history.WorkspaceSession;
import org.steward.workspace.WorkspaceException;

/** Data › Key and credentials: the field key and the remote's user and password, in secure storage. */
public class SecurityHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        String remote = "";
        try (WorkspaceSession ws = WorkspaceSession.open(Services.project())) {
            remote = ws.workspace().remote().orElse("");
        } catch (WorkspaceException | RuntimeException e) {
            // no project yet: the user types the remote
        }
        new SecurityDialog(HandlerUtil.getActiveShellChecked(event), SecureSecrets.ofDefault(), remote).open();
        return null;
    }
}
