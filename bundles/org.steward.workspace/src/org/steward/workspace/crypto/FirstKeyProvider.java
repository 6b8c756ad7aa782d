package org.steward.workspace.crypto;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.crypto.SecretKey;

/** Asks several providers in order and takes the first key found (e.g. environment, then key file). */
public final class FirstKeyProvider implements KeyProvider {
    private final List<KeyProvider> providers;

    public FirstKeyProvider(List<KeyProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    @Override
    public Optional<SecretKey> key() throws KeyException {
        for (KeyProvider p : providers) {
            Optional<SecretKey> k = p.key();
            if (k.isPresent()) {
                return k;
            }
        }
        return Optional.empty();
    }

    @Override
    public String describe() {
        return providers.stream().map(KeyProvider::describe).collect(Collectors.joining(", then "));
    }
}
