package org.steward.crm.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.steward.crm.model.Opportunity;

/**
 * The pipeline's totals: the sum of stated amounts and the weighted value Σ probability × amount over the
 * opportunities that state both (the others are counted as not valued).
 */
record Pipeline(int opportunities, int valued, double totalYuan, double weightedYuan) {

    static Pipeline of(List<Opportunity> list) {
        int valued = 0;
        double total = 0;
        double weighted = 0;
        for (Opportunity o : list) {
            if (o.amountYuan().isPresent() && o.probability().isPresent()) {
                valued++;
                total += o.amountYuan().get();
                weighted += o.amountYuan().get() * o.probability().get();
            }
        }
        return new Pipeline(list.size(), valued, total, weighted);
    }

    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("opportunities", opportunities);
        m.put("valued", valued);
        m.put("totalYuan", totalYuan);
        m.put("weightedYuan", weightedYuan);
        return m;
    }
}
