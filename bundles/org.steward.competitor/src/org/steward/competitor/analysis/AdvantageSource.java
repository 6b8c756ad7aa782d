package org.steward.competitor.analysis;

/** Porter's (1985) sources of competitive advantage: lower cost, differentiation, or focus on a narrow scope. */
public enum AdvantageSource {
    COST("cost", "成本领先"), DIFFERENTIATION("differentiation", "差异化"), FOCUS("focus", "聚焦");

    private final String id;
    private final String chinese;

    AdvantageSource(String id, String chinese) {
        this.id = id;
        this.chinese = chinese;
    }

    public String id() {
        return id;
    }

    public String chinese() {
        return chinese;
    }
}
