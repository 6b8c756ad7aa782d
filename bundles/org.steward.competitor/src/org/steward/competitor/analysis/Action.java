package org.steward.competitor.analysis;

/** What to do about a competitor in one segment (rd-strategy-zh.txt: 效仿其可取之处 / 差异化避其锋芒; plus partner and avoid). */
public enum Action {
    IMITATE("imitate", "效仿"), DIFFERENTIATE("differentiate", "差异化"), PARTNER("partner", "合作"), AVOID("avoid", "回避");

    private final String id;
    private final String chinese;

    Action(String id, String chinese) {
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
