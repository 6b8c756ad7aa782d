package org.steward.workspace;

import java.util.Map;
import java.util.Optional;

import org.steward.workspace.internal.EnvCredentials;

/**
 * Where the workspace gets the secrets of a remote: the user name and password (or token) of an HTTPS remote, and the
 * private key, known hosts and key passphrase of an SSH remote. Implementations read them from a secret store (Eclipse
 * secure storage in the workbench, the environment on a node); never from a plain-text file in the workspace.
 * Local-path and {@code file://} remotes need none.
 */
@FunctionalInterface
public interface Credentials {

    /** No credentials: for local remotes. */
    Credentials NONE = remote -> Optional.empty();

    /** The secret to use for {@code remoteUri}, if any. */
    Optional<Secret> lookup(String remoteUri);

    /**
     * The SSH key (with its passphrase) and known hosts for an SSH remote ({@link SshKey#isSshRemote}); empty when none
     * is set, and then an SSH push, pull or clone fails saying how to set one. None by default.
     *
     * @since 1.2
     */
    default Optional<SshKey> sshKey(String remoteUri) {
        return Optional.empty();
    }

    /**
     * Credentials of a node, from its environment (pass {@code System.getenv()}): {@code STEWARD_GIT_USER} and
     * {@code STEWARD_GIT_PASSWORD} for HTTPS remotes; {@code STEWARD_SSH_KEY} (private key file),
     * {@code STEWARD_SSH_KNOWN_HOSTS} (default {@code $HOME/.ssh/known_hosts}) and {@code STEWARD_SSH_PASSPHRASE}
     * (only for a key that has one) for SSH remotes. The same values serve every remote.
     *
     * @since 1.2
     */
    static Credentials fromEnvironment(Map<String, String> environment) {
        return new EnvCredentials(Map.copyOf(environment));
    }

    /** A user name and a password or token; {@link #toString()} never shows the password. */
    record Secret(String user, char[] password) {
        @Override
        public String toString() {
            return "Secret[user=" + user + ", password=***]";
        }
    }
}
