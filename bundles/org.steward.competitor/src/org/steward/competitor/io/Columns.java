package org.steward.competitor.io;

import java.util.List;

import org.steward.competitor.model.Names;

/** Finds table columns by any of their accepted names. */
final class Columns {
    static final String[] ACTIVITY = {"activity", "活动", "价值链活动"};
    static final String[] SCORE = {"score", "评分", "分数", "强度"};
    static final String[] DESCRIPTION = {"description", "描述", "说明"};
    static final String[] EVIDENCE = {"evidence", "证据", "依据"};
    static final String[] PROFIT_MODEL = {"profit model", "盈利模式", "利润模式", "盈利模型", "利润模型"};
    static final String[] BUSINESS_LINE = {"business line", "业务线", "业务"};
    static final String[] RELATION = {"relation", "关系"};
    static final String[] REASON = {"reason", "理由", "原因"};
    static final String[] SEGMENT = {"segment", "market segment", "细分市场", "市场"};
    static final String[] FORCE = {"force", "力量", "作用力"};
    static final String[] RATING = {"rating", "评分", "强度", "score"};
    static final String[] DRIVERS = {"drivers", "驱动因素", "因素", "依据"};

    private Columns() {
    }

    static int find(List<String> header, String... names) {
        for (int i = 0; i < header.size(); i++) {
            String h = Names.normalise(header.get(i));
            for (String n : names) {
                if (h.equals(Names.normalise(n))) {
                    return i;
                }
            }
        }
        return -1;
    }
}
