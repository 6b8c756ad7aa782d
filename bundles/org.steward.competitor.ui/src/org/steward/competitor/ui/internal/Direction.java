package org.steward.competitor.ui.internal;

import java.util.Objects;
import java.util.Optional;

import org.steward.competitor.analysis.Action;
import org.steward.competitor.model.Names;

/**
 * Our decision about one competitor in one segment, as edited by a person: the action and its reasoning. Kept in the
 * competitor's record as a table {@code | 细分市场 | 建议 | 理由 |} under the heading "方向 Direction".
 */
public record Direction(String segment, Action action, String reasoning) {
    public Direction {
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(reasoning, "reasoning");
    }

    /** An action by its id or Chinese name (imitate/效仿, differentiate/差异化, partner/合作, avoid/回避). */
    public static Optional<Action> action(String text) {
        String n = Names.normalise(text);
        for (Action a : Action.values()) {
            if (n.equals(Names.normalise(a.id())) || n.equals(Names.normalise(a.chinese())) || n.equals(Names.normalise(a.name()))) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
