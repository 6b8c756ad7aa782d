package org.steward.workspace.internal;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;
import org.steward.workspace.Credentials;
import org.steward.workspace.SshKey;
import org.steward.workspace.WorkspaceException;

/**
 * The transport settings of one clone, push or pull: HTTPS user and password, or, for an SSH remote, an Apache MINA
 * sshd session factory built for this operation from the {@link SshKey} alone (that key file, that known_hosts file,
 * public-key authentication only; no ~/.ssh/config, no agent, no key cache) and closed after it. Turns an SSH failure
 * into a message naming the host, the file and the fix.
 */
final class RemoteAccess implements AutoCloseable {
    private final String remote;
    private final Credentials credentials;
    private final Optional<Ssh> ssh;

    private record Ssh(SshKey key, SshdSessionFactory factory, KnownHostsCheck hosts, KeyPassphrase passphrase) {
    }

    private RemoteAccess(String remote, Credentials credentials, Optional<Ssh> ssh) {
        this.remote = remote;
        this.credentials = credentials;
        this.ssh = ssh;
    }

    static RemoteAccess open(Credentials credentials, String remote) throws WorkspaceException {
        if (!SshKey.isSshRemote(remote)) {
            return new RemoteAccess(remote, credentials, Optional.empty());
        }
        SshKey key = credentials.sshKey(remote).orElseThrow(() -> new WorkspaceException(Messages.get("ws.ssh.noKey", remote)));
        Path privateKey = key.privateKey().toAbsolutePath();
        if (!Files.isReadable(privateKey) || Files.isDirectory(privateKey)) {
            throw new WorkspaceException(Messages.get("ws.ssh.keyMissing", privateKey, remote));
        }
        KnownHostsCheck hosts = new KnownHostsCheck(key.knownHosts().toAbsolutePath());
        KeyPassphrase passphrase = new KeyPassphrase(key.passphrase());
        File sshDir = privateKey.getParent().toFile();
        File home = sshDir.getParentFile() == null ? sshDir : sshDir.getParentFile();
        SshdSessionFactory factory = new SshdSessionFactoryBuilder()
                .setHomeDirectory(home)
                .setSshDirectory(sshDir)
                .setConfigStoreFactory((h, configFile, localUser) -> null) // no ssh config file: only what the SshKey says
                .setDefaultIdentities(dir -> List.of(privateKey))
                .setDefaultKnownHostsFiles(dir -> List.of(hosts.file()))
                .setServerKeyDatabase((h, dir) -> hosts)
                .setKeyPasswordProvider(provider -> passphrase)
                .setPreferredAuthentications("publickey")
                .setConnectorFactory(null) // no SSH agent
                .build(null); // no key cache: the decrypted key lives only during this operation
        return new RemoteAccess(remote, credentials, Optional.of(new Ssh(key, factory, hosts, passphrase)));
    }

    <C extends TransportCommand<C, ?>> C apply(C command) {
        if (ssh.isPresent()) {
            SshdSessionFactory factory = ssh.get().factory();
            command.setTransportConfigCallback(t -> {
                if (t instanceof SshTransport s) {
                    s.setSshSessionFactory(factory);
                }
            });
        } else {
            credentials.lookup(remote).ifPresent(s -> command.setCredentialsProvider(new UsernamePasswordCredentialsProvider(s.user(), s.password())));
        }
        return command;
    }

    /** The failure as a workspace error: for SSH, what exactly was refused and how to fix it; else Git's own message. */
    WorkspaceException failure(String operation, Path folder, Exception e) {
        return new WorkspaceException(explain(e).orElseGet(() -> Messages.get("ws.git", operation + " " + remote, folder, e.getMessage())), e);
    }

    Optional<String> explain(Exception e) {
        if (ssh.isEmpty()) {
            return Optional.empty();
        }
        Ssh s = ssh.get();
        Optional<KnownHostsCheck.Refusal> refused = s.hosts().refusal();
        if (refused.isPresent()) {
            KnownHostsCheck.Refusal r = refused.get();
            String key = switch (r.kind()) {
                case UNKNOWN -> "ws.ssh.hostUnknown";
                case CHANGED -> "ws.ssh.hostChanged";
                case REVOKED -> "ws.ssh.hostRevoked";
            };
            return Optional.of(Messages.get(key, r.pattern(), r.file(), r.keyType(), r.fingerprint(), r.port(), r.host()));
        }
        Path privateKey = s.key().privateKey().toAbsolutePath();
        Optional<KeyPassphrase.Problem> problem = s.passphrase().problem();
        if (problem.isPresent()) {
            return Optional.of(Messages.get(problem.get() == KeyPassphrase.Problem.MISSING ? "ws.ssh.passphraseMissing"
                    : "ws.ssh.passphraseWrong", privateKey, remote));
        }
        if (s.hosts().accepted() && authenticationFailed(e)) {
            return Optional.of(Messages.get("ws.ssh.denied", hostOf(remote), privateKey, userOf(remote)));
        }
        return Optional.empty();
    }

    private static boolean authenticationFailed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("auth")) {
                return true;
            }
        }
        return false;
    }

    private static String hostOf(String remote) {
        try {
            URIish u = new URIish(remote);
            return u.getPort() > 0 ? u.getHost() + ":" + u.getPort() : u.getHost();
        } catch (java.net.URISyntaxException e) {
            return remote;
        }
    }

    private static String userOf(String remote) {
        try {
            String user = new URIish(remote).getUser();
            return user == null || user.isEmpty() ? System.getProperty("user.name") : user;
        } catch (java.net.URISyntaxException e) {
            return System.getProperty("user.name");
        }
    }

    @Override
    public void close() {
        ssh.ifPresent(s -> {
            s.factory().close();
            s.passphrase().clear();
        });
    }
}
