package org.steward.competitor.model;

import java.util.List;
import java.util.Optional;

/**
 * Porter's (1985) value-chain activities: five primary and four support activities. Each has an English id, a
 * Chinese name and the aliases accepted in records (see docs/models/competitor.md).
 */
public enum Activity implements NamedTerm {
    INBOUND_LOGISTICS("inbound-logistics", "Inbound logistics", "进货物流", true, "inbound", "内部后勤", "进料后勤", "入厂物流", "进料物流"),
    OPERATIONS("operations", "Operations", "运营", true, "生产运营", "生产作业", "生产", "运营管理"),
    OUTBOUND_LOGISTICS("outbound-logistics", "Outbound logistics", "出货物流", true, "outbound", "外部后勤", "发货物流", "出厂物流", "成品物流"),
    MARKETING_AND_SALES("marketing-and-sales", "Marketing and sales", "市场营销", true, "marketing", "sales", "市场与销售", "营销与销售", "营销", "销售"),
    SERVICE("service", "Service", "服务", true, "售后服务", "after sales service", "客户服务"),
    FIRM_INFRASTRUCTURE("firm-infrastructure", "Firm infrastructure", "企业基础设施", false, "infrastructure", "基础设施", "企业基础管理", "基础管理"),
    HUMAN_RESOURCES("human-resources", "Human resource management", "人力资源管理", false, "human resource management", "hr", "hrm", "人力资源"),
    TECHNOLOGY_DEVELOPMENT("technology-development", "Technology development", "技术开发", false, "technology", "r d", "技术研发", "研发"),
    PROCUREMENT("procurement", "Procurement", "采购", false, "purchasing", "采购管理");

    private final String id;
    private final String english;
    private final String chinese;
    private final boolean primary;
    private final List<String> aliases;

    Activity(String id, String english, String chinese, boolean primary, String... aliases) {
        this.id = id;
        this.english = english;
        this.chinese = chinese;
        this.primary = primary;
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

    /** True for Porter's primary activities, false for support activities. */
    public boolean primary() {
        return primary;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    /** The activity named by an id, English or Chinese name or alias. */
    public static Optional<Activity> parse(String name) {
        return Names.lookup(values(), name);
    }
}
