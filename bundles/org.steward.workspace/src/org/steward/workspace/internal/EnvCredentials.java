package org.steward.workspace.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.steward.workspace.Credentials;
import org.steward.workspace.SshKey;

/** {@link Credentials#fromEnvironment}: a node's remote secrets from environment variables, the same for every remote. */
public final class EnvCredentials implements Credentials {
    public static final String GIT_USER = "STEWARD_GIT_USER";
    public static final String GIT_PASSWORD = "STEWARD_GIT_PASSWORD";
    public static final String SSH_KEY = "STEWARD_SSH_KEY";
    public static final String SSH_KNOWN_HOSTS = "STEWARD_SSH_KNOWN_HOSTS";
    public static final String SSH_PASSPHRASE = "STEWARD_SSH_PASSPHRASE";
    private final Map<String, String> env;

    public EnvCredentials(Map<String, String> env) {
        this.env = env;
    }

    private Optional<String> get(String name) {
        return Optional.ofNullable(env.get(name)).filter(v -> !v.isEmpty());
    }

    @Override
    public Optional<Secret> lookup(String remoteUri) {
        Optional<String> user = get(GIT_USER);
        Optional<String> password = get(GIT_PASSWORD);
        return user.isPresent() && password.isPresent() ? Optional.of(new Secret(user.get(), password.get().toCharArray()))
                : Optional.empty();
    }

    @Override
    public Optional<SshKey> sshKey(String remoteUri) {
        Optional<String> key = get(SSH_KEY);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Path knownHosts = get(SSH_KNOWN_HOSTS).map(Path::of)
                .orElseGet(() -> Path.of(get("HOME").orElse(System.getProperty("user.home")), ".ssh", "known_hosts"));
        return Optional.of(new SshKey(Path.of(key.get()), knownHosts, get(SSH_PASSPHRASE).orElse("").toCharArray()));
    }

    @Override
    public String toString() {
        return "EnvCredentials[" + String.join(", ", env.keySet().stream().filter(k -> k.startsWith("STEWARD_")).sorted().toList())
                + "]";
    }
}
