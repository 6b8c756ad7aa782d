package org.steward.workspace;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * How to reach an SSH remote ({@code ssh://user@host:port/path} or scp-like {@code user@host:path}): the private key
 * file, the {@code known_hosts} file that must already list the server's host key (an unknown or changed host key is
 * refused, never trusted on first use), and the key's passphrase (empty when the key has none). The passphrase comes
 * from a secret store like an HTTPS password (Eclipse secure storage, or the environment on a node), never from a
 * file; {@link #toString()} never shows it. The SSH configuration file ({@code ~/.ssh/config}) and the SSH agent are
 * not used: what is given here is all that is used.
 *
 * @param privateKey the private key file (OpenSSH or PEM format; ed25519, ECDSA or RSA)
 * @param knownHosts the OpenSSH {@code known_hosts} file with the server's host key ({@code [host]:port} for a port
 *                   other than 22)
 * @param passphrase the key's passphrase; empty for a key without one
 * @since 1.2
 */
public record SshKey(Path privateKey, Path knownHosts, char[] passphrase) {

    public SshKey {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(knownHosts, "knownHosts");
        passphrase = passphrase == null ? new char[0] : passphrase.clone();
    }

    /** A key without passphrase. */
    public static SshKey of(Path privateKey, Path knownHosts) {
        return new SshKey(privateKey, knownHosts, new char[0]);
    }

    /** The same key and known hosts with this passphrase (copied). */
    public SshKey withPassphrase(char[] newPassphrase) {
        return new SshKey(privateKey, knownHosts, newPassphrase);
    }

    /** A copy of the passphrase (the caller may clear it). */
    @Override
    public char[] passphrase() {
        return passphrase.clone();
    }

    public boolean hasPassphrase() {
        return passphrase.length > 0;
    }

    /**
     * True for the remotes this type is for: {@code ssh://}, {@code ssh+git://}, {@code git+ssh://} URLs and the
     * scp-like form {@code [user@]host:path}; false for local paths, {@code file://} and HTTP(S) URLs.
     */
    public static boolean isSshRemote(String remoteUri) {
        String uri = remoteUri.strip();
        int scheme = uri.indexOf("://");
        if (scheme > 0) {
            String s = uri.substring(0, scheme).toLowerCase(java.util.Locale.ROOT);
            return s.equals("ssh") || s.equals("ssh+git") || s.equals("git+ssh");
        }
        int colon = uri.indexOf(':');
        int slash = uri.indexOf('/');
        // scp-like: a host (two characters at least, so that C:\ is a drive) before a colon that comes before any slash
        return colon > 1 && (slash < 0 || colon < slash) && uri.indexOf('\\') < 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SshKey k && k.privateKey.equals(privateKey) && k.knownHosts.equals(knownHosts)
                && Arrays.equals(k.passphrase, passphrase);
    }

    @Override
    public int hashCode() {
        return Objects.hash(privateKey, knownHosts);
    }

    @Override
    public String toString() {
        return "SshKey[privateKey=" + privateKey + ", knownHosts=" + knownHosts + ", passphrase="
                + (passphrase.length > 0 ? "***" : "none") + "]";
    }
}
