package org.steward.workspace.crypto;

import java.util.Optional;

import javax.crypto.SecretKey;

/**
 * Where this node's field-encryption key comes from: a key file, the {@code STEWARD_KEY} environment variable, or (in
 * the workbench, later) Eclipse secure storage. Registered as a service by the node; implementations never log the key.
 */
public interface KeyProvider {

    /** A provider that has no key (records open, sensitive fields are locked). */
    KeyProvider NONE = new KeyProvider() {
        @Override
        public Optional<SecretKey> key() {
            return Optional.empty();
        }

        @Override
        public String describe() {
            return "no key";
        }
    };

    /**
     * The 256-bit AES key, or empty when none is configured.
     *
     * @throws KeyException when a key is configured but unusable (file readable by others, not base64, wrong length)
     */
    Optional<SecretKey> key() throws KeyException;

    /** Where the key comes from, for messages (never the key). */
    String describe();
}
