package org.steward.competitor.ui.internal;

import org.steward.competitor.analysis.Action;
import org.steward.competitor.analysis.AdvantageSource;
import org.steward.competitor.model.NamedTerm;
import org.steward.competitor.model.Relation;

/** Names of the model's fixed terms in the language of the UI's messages (Chinese when messages_zh is in use). */
public final class Terms {
    private Terms() {
    }

    public static boolean chinese() {
        return "zh".equals(Messages.Lang);
    }

    public static String name(NamedTerm t) {
        return chinese() ? t.chinese() : t.english();
    }

    public static String name(Action a) {
        return chinese() ? a.chinese() : a.id();
    }

    public static String name(AdvantageSource s) {
        return chinese() ? s.chinese() : s.id();
    }

    public static String name(Relation r) {
        return chinese() ? r.chinese() : r.id();
    }
}
