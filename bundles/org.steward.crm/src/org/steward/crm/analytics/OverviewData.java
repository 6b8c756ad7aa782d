package org.steward.crm.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.steward.crm.model.Customer;
import org.steward.crm.model.HealthItem;
import org.steward.crm.model.Opportunity;
import org.steward.crm.model.Overview;
import org.steward.crm.model.Referral;

/**
 * The analytics' view of a Markdown overview: 年营收 (基本信息 table) is the revenue, the 客户健康度评估 table the
 * health, a referral person whose 已引荐 names the customer makes it a 转介绍 customer referred by that person.
 */
public final class OverviewData {
    private static final String REVENUE = "年营收";
    private static final String REFERRED = "已引荐";
    public static final String REFERRAL_SOURCE = "转介绍";

    private OverviewData() {
    }

    public static CrmData of(String source, Overview overview, CrmSettings s) {
        List<Problem> problems = new ArrayList<>();
        List<Account> accounts = new ArrayList<>();
        for (Customer c : overview.customers()) {
            String rec = source + "#" + (c.id().isBlank() ? c.name() : c.id());
            Optional<Double> revenue = Optional.empty();
            String rev = c.basicInfo().getOrDefault(REVENUE, "");
            if (!rev.isBlank() && !rev.contains("待")) {
                try {
                    revenue = Amounts.yuan(rev);
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem(rec, REVENUE, e.getMessage() + "; the customer is not graded"));
                }
            }
            Map<String, String> health = new LinkedHashMap<>();
            for (HealthItem h : c.health()) {
                Optional<CrmSettings.HealthDimension> d = s.dimension(h.dimension());
                if (d.isEmpty()) {
                    problems.add(new Problem(rec, h.dimension(), "is not a health dimension of the settings; it is ignored"));
                } else if (!CrmSettings.LEVELS.contains(h.level())) {
                    problems.add(new Problem(rec, h.dimension(), "'" + h.rating() + "' has no traffic light (🟢 🟡 🔴); it is ignored"));
                } else {
                    health.put(d.get().id(), h.level());
                }
            }
            String referredBy = "";
            for (Referral r : overview.referrals()) {
                String named = r.fields().getOrDefault(REFERRED, "");
                if ((!c.id().isBlank() && named.contains(c.id())) || named.contains(c.name())) {
                    referredBy = r.name();
                }
            }
            accounts.add(new Account(rec, c.id().isBlank() ? c.name() : c.id(), c.name(), c.industry(), c.region(),
                    referredBy.isEmpty() ? "" : REFERRAL_SOURCE, referredBy, revenue, Optional.empty(), Optional.empty(),
                    Optional.empty(), health));
        }
        List<Deal> deals = new ArrayList<>();
        for (Opportunity o : overview.opportunities()) {
            String rec = source + "#" + o.number();
            Optional<String> stage = RecordFolder.canonicalStage(o.stage(), s);
            if (stage.isEmpty()) {
                problems.add(new Problem(rec, "接触阶段", "'" + o.stage() + "' is not a stage: use one of " + s.stageNames()
                        + " (or add it as an alias in " + SettingsFile.PATH + "); the opportunity is left out"));
                continue;
            }
            deals.add(new Deal(rec, o.number(), o.customer(), o.project(), stage.get(), o.probability(), o.amountYuan(), ""));
        }
        List<ReferralSource> referrals = overview.referrals().stream()
                .map(r -> new ReferralSource(source + "#" + r.name(), r.name(), r.kind())).toList();
        return new CrmData(accounts, deals, referrals, overview.contacts().size(), problems);
    }
}
