package org.steward.workspace;

import java.util.Optional;

/**
 * Where the workspace gets the user name and password (or token) for an HTTPS remote. Implementations read them
 * from a secret store (Eclipse secure storage in the workbench, the environment on a node); never from a
 * plain-text file in the workspace. Local-path and {@code file://} remotes need none.
 */
@FunctionalInterface
public interface Credentials {

    /** No credentials: for local remotes. */
    Credentials NONE = remote -> Optional.empty();

    /** The secret to use for {@code remoteUri}, if any. */
    Optional<Secret> lookup(String remoteUri);

    /** A user name and a password or token; {@link #toString()} never shows the password. */
    record Secret(String user, char[] password) {
        @Override
        public String toString() {
            return "Secret[user=" + user + ", password=***]";
        }
    }
}
