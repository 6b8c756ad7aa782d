package org.steward.workspace;

import java.nio.file.Path;

import org.steward.workspace.crypto.KeyProvider;

/** Opens, creates and clones workspaces (DS service). Uses the node's {@link KeyProvider} service unless given one. */
public interface Workspaces {

    /** Opens the folder as a workspace, creating the folder and the Git repository (branch {@code main}) when absent. */
    Workspace open(Path folder) throws WorkspaceException;

    Workspace open(Path folder, KeyProvider keys) throws WorkspaceException;

    /** Clones {@code remoteUri} (a path, bare repository, HTTPS URL or SSH remote) into {@code folder}, which must not exist or be empty. */
    Workspace cloneFrom(String remoteUri, Path folder, Credentials credentials) throws WorkspaceException;

    Workspace cloneFrom(String remoteUri, Path folder, Credentials credentials, KeyProvider keys) throws WorkspaceException;
}
