package org.steward.compose.ui.internal.composition;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.nio.file.Path;

/** How a composed product presents itself: name, id, first perspective, splash screen and window icon. */
public record Branding(String name, String id, Optional<String> perspective, Optional<Path> splash, Optional<Path> icon) {
    /** compose.sh's rule for {@code --id}. */
    public static final String ID_PATTERN = "[a-z][a-z0-9.-]*";

    public Branding {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(perspective, "perspective");
        Objects.requireNonNull(splash, "splash");
        Objects.requireNonNull(icon, "icon");
    }

    /**
     * An id for {@code name} that compose.sh accepts: lower case, every run of other characters one dash, no dash at
     * either end, leading characters that are no letter dropped. Empty when the name has no Latin letter (e.g. a
     * Chinese name): the user types the id then.
     */
    public static String idFrom(String name) {
        String id = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-");
        id = id.replaceAll("^[^a-z]+", "").replaceAll("[-.]+$", "");
        return id;
    }
}
