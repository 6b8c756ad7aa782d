package org.steward.compose.ui.internal.composition;

import java.util.Objects;

/** A model a composed workbench offers, as {@code steward -application org.steward.workbench.models} prints it. */
public record ComposedModel(String id, String name) {
    public ComposedModel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
