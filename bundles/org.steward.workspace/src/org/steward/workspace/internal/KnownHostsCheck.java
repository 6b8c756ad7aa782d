package org.steward.workspace.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.sshd.ServerKeyDatabase;

/**
 * Strict host key checking against one OpenSSH {@code known_hosts} file: the server's key must be listed for the host
 * (or its address, {@code [host]:port} for a port other than 22) and not be {@code @revoked}. It never adds or changes
 * an entry (no trust on first use); a refusal is kept as a {@link Refusal} so that the error can say which host, which
 * file, and how to fix it.
 */
final class KnownHostsCheck implements ServerKeyDatabase {
    static final String REVOKED = "revoked";
    static final int DEFAULT_PORT = 22;

    /** Why a host key was refused. */
    enum Kind {
        UNKNOWN, CHANGED, REVOKED
    }

    /** One refused host key: what, for which host, against which file; the offered key's type and SHA256 fingerprint. */
    record Refusal(Kind kind, String host, int port, Path file, String keyType, String fingerprint) {
        /** The host as known_hosts and ssh-keyscan write it: {@code host} or {@code [host]:port}. */
        String pattern() {
            return port == DEFAULT_PORT ? host : "[" + host + "]:" + port;
        }
    }

    private record Entry(KnownHostEntry entry, PublicKey key) {
    }

    private record Address(String host, int port) {
    }

    private final Path file;
    private final AtomicReference<Refusal> refusal = new AtomicReference<>();
    private volatile boolean accepted;

    KnownHostsCheck(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    Optional<Refusal> refusal() {
        return Optional.ofNullable(refusal.get());
    }

    /** True once a server's host key was found in the file (so a later failure is not about the host key). */
    boolean accepted() {
        return accepted;
    }

    @Override
    public List<PublicKey> lookup(String connectAddress, InetSocketAddress remoteAddress, Configuration config) {
        List<Address> candidates = candidates(connectAddress, remoteAddress);
        List<PublicKey> keys = new ArrayList<>();
        for (Entry e : entries()) {
            if (!REVOKED.equals(e.entry().getMarker()) && matches(e, candidates)) {
                keys.add(e.key());
            }
        }
        return keys;
    }

    @Override
    public boolean accept(String connectAddress, InetSocketAddress remoteAddress, PublicKey serverKey, Configuration config,
            CredentialsProvider provider) {
        List<Address> candidates = candidates(connectAddress, remoteAddress);
        List<Entry> entries = entries();
        boolean listed = false;
        boolean hostKnown = false;
        for (Entry e : entries) {
            if (!matches(e, candidates)) {
                continue;
            }
            boolean same = KeyUtils.compareKeys(serverKey, e.key());
            if (REVOKED.equals(e.entry().getMarker())) {
                if (same) {
                    return refuse(Kind.REVOKED, candidates.get(0), serverKey);
                }
                continue;
            }
            hostKnown = true;
            listed |= same;
        }
        if (listed) {
            accepted = true;
            return true;
        }
        return refuse(hostKnown ? Kind.CHANGED : Kind.UNKNOWN, candidates.get(0), serverKey);
    }

    private boolean refuse(Kind kind, Address host, PublicKey key) {
        refusal.set(new Refusal(kind, host.host(), host.port(), file, KeyUtils.getKeyType(key), KeyUtils.getFingerPrint(key)));
        return false;
    }

    private static boolean matches(Entry e, List<Address> candidates) {
        for (Address a : candidates) {
            if (e.entry().isHostMatch(a.host(), a.port())) {
                return true;
            }
        }
        return false;
    }

    /** The entries of the file with a usable key; a missing file has none (so every host is unknown). */
    private List<Entry> entries() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<Entry> out = new ArrayList<>();
        try {
            for (KnownHostEntry e : KnownHostEntry.readKnownHostEntries(file)) {
                if (e.getKeyEntry() == null) {
                    continue;
                }
                try {
                    PublicKey key = e.getKeyEntry().resolvePublicKey(null, Map.of(), PublicKeyEntryResolver.IGNORING);
                    if (key != null) {
                        out.add(new Entry(e, key));
                    }
                } catch (GeneralSecurityException | IOException | RuntimeException unusable) {
                    // a line with a key type this client does not know cannot match the server's key: skipped
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return out;
    }

    /** The host as the user wrote it (with its port) first, then the address actually reached. */
    static List<Address> candidates(String connectAddress, InetSocketAddress remote) {
        List<Address> out = new ArrayList<>();
        parse(connectAddress, remote.getPort()).ifPresent(out::add);
        Address reached = new Address(remote.getHostString(), remote.getPort());
        if (!out.contains(reached)) {
            out.add(reached);
        }
        return out;
    }

    /** {@code host}, {@code host:port} or {@code [host]:port}. */
    private static Optional<Address> parse(String address, int fallbackPort) {
        if (address == null || address.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (address.charAt(0) == '[') {
                int end = address.indexOf(']');
                if (end < 2) {
                    return Optional.empty();
                }
                String host = address.substring(1, end);
                int port = end + 2 <= address.length() - 1 && address.charAt(end + 1) == ':'
                        ? Integer.parseInt(address.substring(end + 2)) : fallbackPort;
                return Optional.of(new Address(host, port));
            }
            int colon = address.lastIndexOf(':');
            if (colon > 0 && address.indexOf(':') == colon) {
                return Optional.of(new Address(address.substring(0, colon), Integer.parseInt(address.substring(colon + 1))));
            }
            return Optional.of(new Address(address, fallbackPort));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
