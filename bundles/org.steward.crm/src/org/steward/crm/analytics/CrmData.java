package org.steward.crm.analytics;

import java.util.List;

/**
 * The records the analytics work on, and the problems met while reading them (records with a bad required field are
 * left out and named here).
 */
public record CrmData(List<Account> accounts, List<Deal> deals, List<ReferralSource> referrals, int contacts, List<Problem> problems) {
    public CrmData {
        accounts = List.copyOf(accounts);
        deals = List.copyOf(deals);
        referrals = List.copyOf(referrals);
        problems = List.copyOf(problems);
    }
}
