package org.steward.workspace.internal;

import java.util.Optional;

import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.steward.workspace.Credentials;

/** Adapts {@link Credentials} to JGit: HTTPS user and password/token; nothing for local remotes. SSH keys: not yet. */
final class JGitCredentials {
    private JGitCredentials() {
    }

    static Optional<CredentialsProvider> of(Credentials credentials, String remoteUri) {
        return credentials.lookup(remoteUri)
                .map(s -> new UsernamePasswordCredentialsProvider(s.user(), s.password()));
    }

    static <C extends TransportCommand<C, ?>> C apply(C command, Credentials credentials, String remoteUri) {
        of(credentials, remoteUri).ifPresent(command::setCredentialsProvider);
        return command;
    }
}
