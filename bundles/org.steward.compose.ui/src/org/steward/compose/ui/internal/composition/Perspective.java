package org.steward.compose.ui.internal.composition;

import java.util.Objects;

/** A perspective a plug-in contributes ({@code org.eclipse.ui.perspectives}), with its name resolved. */
public record Perspective(String id, String name) {
    public Perspective {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
