package org.steward.data.ui.internal.history;

import java.nio.file.Path;

import org.steward.data.ui.internal.Messages;
import org.steward.data.ui.internal.Services;
import org.steward.workspace.Author;
import org.steward.workspace.Workspace;
import org.steward.workspace.WorkspaceException;
import org.steward.workspace.Workspaces;

/** A workspace opened through the real {@link Workspaces} service for one operation, closed after it. */
public record WorkspaceSession(Workspace workspace) implements AutoCloseable {

    public static WorkspaceSession open(Path folder) throws WorkspaceException {
        Workspaces service = Services.get(Workspaces.class).orElseThrow(() -> new WorkspaceException(Messages.Store_missing));
        return new WorkspaceSession(service.open(folder));
    }

    /** The user of this desktop as the author of reverts and merges. */
    public static Author author() {
        String user = System.getProperty("user.name", "steward");
        return new Author(user.isBlank() ? "steward" : user, user + "@localhost");
    }

    @Override
    public void close() {
        workspace.close();
    }
}
