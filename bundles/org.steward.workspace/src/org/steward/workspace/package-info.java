/**
 * Git-versioned workspace of record files with encrypted sensitive fields (API version 1.2.0: SSH remotes through
 * {@link org.steward.workspace.SshKey} and {@link org.steward.workspace.Credentials#sshKey}; 1.1.0: Workspace.textAt).
 */
package org.steward.workspace;
