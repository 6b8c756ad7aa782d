package org.steward.data.ui.internal.crm;

import java.util.ArrayList;
import java.util.List;

import org.steward.crm.model.Contact;
import org.steward.crm.model.Customer;
import org.steward.crm.model.Opportunity;
import org.steward.crm.model.Overview;
import org.steward.data.ui.internal.Messages;

/** One line of the import preview: what kind of record, its name, and a few details (phones masked). */
public record OverviewRows(String kind, String name, String details) {

    public static List<OverviewRows> of(Overview overview) {
        List<OverviewRows> rows = new ArrayList<>();
        for (Customer c : overview.customers()) {
            rows.add(new OverviewRows(Messages.Crm_customer, c.name(), join(c.id(), c.industry(), c.region(), c.status())));
        }
        for (Contact c : overview.contacts()) {
            rows.add(new OverviewRows(Messages.Crm_contact, c.name(),
                    join(c.customerId(), c.role(), c.maskedPhone().orElse(""), c.maskedEmail().orElse(""))));
        }
        for (Opportunity o : overview.opportunities()) {
            rows.add(new OverviewRows(Messages.Crm_opportunity, o.project(), join(o.number(), o.customer(), o.stage(), o.amountText())));
        }
        return rows;
    }

    private static String join(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                out.append(out.isEmpty() ? "" : " · ").append(p);
            }
        }
        return out.toString();
    }
}
