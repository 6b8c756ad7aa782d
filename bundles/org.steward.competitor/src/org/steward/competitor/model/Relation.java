package org.steward.competitor.model;

import java.util.Optional;

/** How a competitor's business line relates to ours. */
public enum Relation {
    COMPLEMENTARY("complementary", "互补"),
    COMPETING("competing", "竞争"),
    BOTH("both", "兼有");

    private final String id;
    private final String chinese;

    Relation(String id, String chinese) {
        this.id = id;
        this.chinese = chinese;
    }

    public String id() {
        return id;
    }

    public String chinese() {
        return chinese;
    }

    /** complementary/互补, competing/competitor/竞争, both/兼有/既互补又竞争/互补竞争. */
    public static Optional<Relation> parse(String s) {
        String n = Names.normalise(s);
        return switch (n) {
            case "complementary", "complement", "互补", "互补型" -> Optional.of(COMPLEMENTARY);
            case "competing", "competitor", "competition", "竞争", "竞争型" -> Optional.of(COMPETING);
            case "both", "兼有", "既互补又竞争", "互补竞争", "互补且竞争", "竞合" -> Optional.of(BOTH);
            default -> Optional.empty();
        };
    }
}
