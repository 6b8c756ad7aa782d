package org.steward.compose.ui.internal.composition;

import java.util.Objects;

/** One reason a composition cannot run yet: the field it is about and a sentence that says what to do. */
public record Problem(Field field, String message) {

    /** The inputs of a composition, in the order the wizard asks for them. */
    public enum Field {
        SOURCE, REPOSITORY, FEATURES, NAME, ID, PERSPECTIVE, SPLASH, ICON, OUT
    }

    public Problem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
