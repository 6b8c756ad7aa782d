package org.steward.workspace.crypto;

import java.util.Map;
import java.util.Optional;

import javax.crypto.SecretKey;

/** The node's key from the environment variable {@value #VARIABLE} (base64 of 32 bytes). */
public final class EnvKeyProvider implements KeyProvider {
    public static final String VARIABLE = "STEWARD_KEY";
    private final Map<String, String> environment;

    /** Reads the process environment. */
    public EnvKeyProvider() {
        this(System.getenv());
    }

    /** Reads the given environment (tests, launchers). */
    public EnvKeyProvider(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public Optional<SecretKey> key() throws KeyException {
        String text = environment.get(VARIABLE);
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Keys.parse(text, "environment variable " + VARIABLE));
    }

    @Override
    public String describe() {
        return "environment variable " + VARIABLE;
    }
}
