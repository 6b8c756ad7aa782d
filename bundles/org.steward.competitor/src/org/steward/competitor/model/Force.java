package org.steward.competitor.model;

import java.util.List;
import java.util.Optional;

/** Porter's five competitive forces (1979, 2008); a rating of 5 means the force is strong (the segment less attractive). */
public enum Force implements NamedTerm {
    RIVALRY("rivalry", "Rivalry among existing competitors", "现有竞争者", "同业竞争", "行业内竞争", "竞争强度", "现有竞争"),
    NEW_ENTRANTS("new-entrants", "Threat of new entrants", "新进入者", "潜在进入者", "新进入者威胁", "threat of entry"),
    SUBSTITUTES("substitutes", "Threat of substitutes", "替代品", "替代品威胁", "替代"),
    SUPPLIER_POWER("supplier-power", "Bargaining power of suppliers", "供应商议价能力", "供应商", "供方议价能力", "suppliers"),
    BUYER_POWER("buyer-power", "Bargaining power of buyers", "购买者议价能力", "买方议价能力", "客户议价能力", "购买者", "buyers");

    private final String id;
    private final String english;
    private final String chinese;
    private final List<String> aliases;

    Force(String id, String english, String chinese, String... aliases) {
        this.id = id;
        this.english = english;
        this.chinese = chinese;
        this.aliases = List.of(aliases);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String english() {
        return english;
    }

    @Override
    public String chinese() {
        return chinese;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    public static Optional<Force> parse(String name) {
        return Names.lookup(values(), name);
    }
}
