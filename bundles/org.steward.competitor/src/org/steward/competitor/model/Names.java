package org.steward.competitor.model;

import java.util.Locale;
import java.util.Optional;

/** How names written by people are compared: case, spaces, hyphens, full-width forms and a trailing 模型/模式/model do not matter. */
public final class Names {
    private Names() {
    }

    public static String normalise(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT)
                .replace('（', '(').replace('）', ')')
                .replaceAll("[\\s_\\-–—·/&]+", " ").strip();
        for (String suffix : new String[] {"利润模型", "模型", "模式", " model", " profit"}) {
            if (t.endsWith(suffix) && t.length() > suffix.length()) {
                t = t.substring(0, t.length() - suffix.length()).strip();
            }
        }
        return t.replace(" and ", " ").replace(" ", "");
    }

    /** The term whose enum name, id, English or Chinese name or an alias equals {@code name} once normalised. */
    public static <E extends Enum<E> & NamedTerm> Optional<E> lookup(E[] terms, String name) {
        String n = normalise(name);
        for (E t : terms) {
            if (n.equals(normalise(t.name())) || n.equals(normalise(t.id())) || n.equals(normalise(t.english()))
                    || n.equals(normalise(t.chinese())) || t.aliases().stream().anyMatch(a -> n.equals(normalise(a)))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
