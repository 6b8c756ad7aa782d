package org.steward.competitor.model;

import java.util.List;
import java.util.Optional;

/**
 * The profit models of Slywotzky &amp; Morrison, The Profit Zone (1997), as extended to 23 in Slywotzky, The Art of
 * Profitability (2002), with the Chinese names of the translations (发现利润区 / 利润的艺术) and the names the
 * R&amp;D strategy uses (rd-strategy-zh.txt: 多种成分系统模型, 基础产品模型, 行业标准模型 …).
 */
public enum ProfitModel implements NamedTerm {
    CUSTOMER_SOLUTION("customer-solution", "Customer solution", "客户解决方案", "客户方案"),
    PYRAMID("pyramid", "Pyramid", "金字塔", "产品金字塔"),
    MULTI_COMPONENT("multi-component", "Multi-component system", "多种成分系统", "multi component system", "多成分系统", "多组分系统", "多成分"),
    SWITCHBOARD("switchboard", "Switchboard", "配电盘", "交换台", "总机"),
    TIME("time", "Time", "速度", "时间", "时间利润"),
    BLOCKBUSTER("blockbuster", "Blockbuster", "卖座大片", "大片", "重磅产品"),
    PROFIT_MULTIPLIER("profit-multiplier", "Profit multiplier", "利润乘数", "利润倍增"),
    ENTREPRENEURIAL("entrepreneurial", "Entrepreneurial", "创业家", "企业家", "创业"),
    SPECIALIST("specialist", "Specialist", "专业化", "专家", "专业化利润"),
    INSTALLED_BASE("installed-base", "Installed base", "基础产品", "安装基础", "基础客户"),
    DE_FACTO_STANDARD("de-facto-standard", "De facto standard", "行业标准", "事实标准", "标准"),
    BRAND("brand", "Brand", "品牌"),
    SPECIALTY_PRODUCT("specialty-product", "Specialty product", "独特产品", "专业产品", "特色产品"),
    LOCAL_LEADERSHIP("local-leadership", "Local leadership", "地区领先", "本地领先", "区域领先"),
    TRANSACTION_SCALE("transaction-scale", "Transaction scale", "大额交易", "交易规模"),
    VALUE_CHAIN_POSITION("value-chain-position", "Value-chain position", "价值链定位", "价值链地位", "价值链位置"),
    CYCLE("cycle", "Cycle", "周期利润", "周期", "cyclical"),
    AFTER_SALE("after-sale", "After-sale", "售后利润", "售后", "after sales", "aftermarket"),
    NEW_PRODUCT("new-product", "New product", "新产品", "新产品利润"),
    RELATIVE_MARKET_SHARE("relative-market-share", "Relative market share", "相对市场份额", "市场份额"),
    EXPERIENCE_CURVE("experience-curve", "Experience curve", "经验曲线"),
    LOW_COST_BUSINESS_DESIGN("low-cost-business-design", "Low-cost business design", "低成本企业设计", "low cost", "低成本业务设计", "低成本"),
    DIGITAL("digital", "Digital", "数字化", "数字利润", "数字化利润");

    private final String id;
    private final String english;
    private final String chinese;
    private final List<String> aliases;

    ProfitModel(String id, String english, String chinese, String... aliases) {
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

    public static Optional<ProfitModel> parse(String name) {
        return Names.lookup(values(), name);
    }
}
