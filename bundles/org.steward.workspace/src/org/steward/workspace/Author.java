package org.steward.workspace;

import java.util.Objects;

/** The person who saves: name and e-mail as they appear in the history. */
public record Author(String name, String email) {
    public Author {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        if (name.isBlank()) {
            throw new IllegalArgumentException("author name is empty: give the user's name as it should appear in the history");
        }
    }
}
