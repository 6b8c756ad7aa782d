package org.steward.data.ui.internal.secure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import javax.crypto.SecretKey;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.steward.workspace.Credentials;
import org.steward.workspace.SshKey;
import org.steward.workspace.crypto.KeyException;
import org.steward.workspace.crypto.Keys;

/**
 * The workbench's secrets in Eclipse secure storage: the workspace's field key (node {@value #KEY_NODE}), the
 * user name and password of each HTTPS remote and the SSH key of each SSH remote (node
 * {@value #REMOTES_NODE}/&lt;encoded URI&gt;). Keys, users, passwords and passphrases are stored encrypted by the
 * storage (its master password comes from the platform's password provider); the paths of an SSH key file and of its
 * known_hosts file are no secrets and stay readable, so that the dialog can show them without asking for the master
 * password. Nothing here is ever logged or written elsewhere.
 */
public final class SecureSecrets {
    static final String KEY_NODE = "org.steward/workspace";
    static final String KEY = "fieldKey";
    static final String REMOTES_NODE = "org.steward/remotes";
    static final String USER = "user";
    static final String PASSWORD = "password";
    static final String SSH_KEY = "sshKey";
    static final String KNOWN_HOSTS = "knownHosts";
    static final String PASSPHRASE = "sshPassphrase";

    private final ISecurePreferences root;

    public SecureSecrets(ISecurePreferences root) {
        this.root = root;
    }

    /** The workbench's default secure storage. */
    public static SecureSecrets ofDefault() {
        return new SecureSecrets(SecurePreferencesFactory.getDefault());
    }

    /** The stored field key, or empty when none was created or imported. */
    public Optional<SecretKey> key() throws KeyException {
        String text;
        try {
            text = root.node(KEY_NODE).get(KEY, null);
        } catch (StorageException e) {
            throw new KeyException("secure storage cannot be opened: " + e.getMessage(), e);
        }
        return text == null ? Optional.empty() : Optional.of(Keys.parse(text, "secure storage " + KEY_NODE));
    }

    /** True when a key is stored; does not decrypt it, so it never asks for the storage's master password. */
    public boolean hasKey() {
        try {
            return root.nodeExists(KEY_NODE) && Arrays.asList(root.node(KEY_NODE).keys()).contains(KEY);
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** Creates a new random key and stores it (replacing any earlier one). */
    public SecretKey createKey() throws StorageException, IOException {
        SecretKey key = Keys.generate();
        put(Keys.encode(key));
        return key;
    }

    /** Stores a key given as base64 text (from a teammate or from {@code ~/.steward/node.key}); checked first. */
    public SecretKey importKey(String base64) throws KeyException, StorageException, IOException {
        SecretKey key = Keys.parse(base64.strip(), "the imported key");
        put(Keys.encode(key));
        return key;
    }

    /** The key as base64 text, to hand to a teammate or a node out of band. */
    public Optional<String> exportKey() throws KeyException {
        return key().map(Keys::encode);
    }

    public void removeKey() throws IOException {
        root.node(KEY_NODE).remove(KEY);
        root.flush();
    }

    private void put(String encoded) throws StorageException, IOException {
        root.node(KEY_NODE).put(KEY, encoded, true);
        root.flush();
    }

    /** The user and password stored for this remote, if any. */
    public Optional<Credentials.Secret> credentials(String remoteUri) throws StorageException {
        Optional<ISecurePreferences> remote = remote(remoteUri);
        if (remote.isEmpty()) {
            return Optional.empty();
        }
        ISecurePreferences node = remote.get();
        String user = node.get(USER, null);
        String password = node.get(PASSWORD, null);
        return user == null || password == null ? Optional.empty() : Optional.of(new Credentials.Secret(user, password.toCharArray()));
    }

    /** Stores (replaces) the user and password for this remote; the password array is cleared afterwards. */
    public void storeCredentials(String remoteUri, String user, char[] password) throws StorageException, IOException {
        try {
            ISecurePreferences node = root.node(remoteNode(remoteUri));
            node.put(USER, user, true);
            node.put(PASSWORD, new String(password), true);
            root.flush();
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    public void removeCredentials(String remoteUri) throws IOException {
        Optional<ISecurePreferences> remote = remote(remoteUri);
        if (remote.isPresent()) {
            remote.get().removeNode();
            root.flush();
        }
    }

    /** The SSH key file, known_hosts file and key passphrase stored for this SSH remote, if any. */
    public Optional<SshKey> sshKey(String remoteUri) throws StorageException {
        Optional<ISecurePreferences> remote = remote(remoteUri);
        Optional<SshKey> files = remote.isEmpty() ? Optional.empty() : keyFiles(remote.get());
        if (files.isEmpty()) {
            return files;
        }
        String passphrase = remote.get().get(PASSPHRASE, "");
        return Optional.of(new SshKey(files.get().privateKey(), files.get().knownHosts(), passphrase.toCharArray()));
    }

    /** The key file and known_hosts file stored for this SSH remote (no passphrase: reading them never asks for the master password). */
    public Optional<SshKey> sshKeyFiles(String remoteUri) throws StorageException {
        Optional<ISecurePreferences> remote = remote(remoteUri);
        return remote.isEmpty() ? Optional.empty() : keyFiles(remote.get());
    }

    private static Optional<SshKey> keyFiles(ISecurePreferences remote) throws StorageException {
        String key = remote.get(SSH_KEY, null);
        String knownHosts = remote.get(KNOWN_HOSTS, null);
        return key == null || knownHosts == null ? Optional.empty() : Optional.of(SshKey.of(Path.of(key), Path.of(knownHosts)));
    }

    /** This remote's node, if anything was stored for it (looking never creates it). */
    private Optional<ISecurePreferences> remote(String remoteUri) {
        String path = remoteNode(remoteUri);
        return root.nodeExists(path) ? Optional.of(root.node(path)) : Optional.empty();
    }

    /**
     * Stores (replaces) the SSH key of this remote: the paths of the private key and known_hosts files, and the key's
     * passphrase encrypted (none when empty). The passphrase array is cleared afterwards.
     */
    public void storeSshKey(String remoteUri, Path privateKey, Path knownHosts, char[] passphrase) throws StorageException, IOException {
        try {
            ISecurePreferences node = root.node(remoteNode(remoteUri));
            node.put(SSH_KEY, privateKey.toAbsolutePath().toString(), false);
            node.put(KNOWN_HOSTS, knownHosts.toAbsolutePath().toString(), false);
            if (passphrase.length == 0) {
                node.remove(PASSPHRASE);
            } else {
                node.put(PASSPHRASE, new String(passphrase), true);
            }
            root.flush();
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    /** The credentials as the workspace's {@link Credentials}: looked up at the moment of a push or pull. */
    public Credentials asCredentials() {
        return new Credentials() {
            @Override
            public Optional<Credentials.Secret> lookup(String uri) {
                try {
                    return credentials(uri);
                } catch (StorageException e) {
                    return Optional.empty();
                }
            }

            @Override
            public Optional<SshKey> sshKey(String uri) {
                try {
                    return SecureSecrets.this.sshKey(uri);
                } catch (StorageException e) {
                    return Optional.empty();
                }
            }
        };
    }

    static String remoteNode(String remoteUri) {
        return REMOTES_NODE + "/" + EncodingUtils.encodeSlashes(remoteUri.strip());
    }
}
