package org.steward.data.ui.internal.crm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.steward.crm.model.Contact;
import org.steward.crm.model.Customer;
import org.steward.crm.model.Opportunity;
import org.steward.crm.model.Overview;
import org.steward.data.ui.internal.history.WorkspaceSession;
import org.steward.workspace.Author;
import org.steward.workspace.CommitInfo;
import org.steward.workspace.FieldValue;
import org.steward.workspace.Record;
import org.steward.workspace.Workspace;
import org.steward.workspace.WorkspaceException;

/**
 * An overview as workspace records: {@code customer/<id>}, {@code contact/<customer>-<n>}, {@code opportunity/<number>}.
 * Phones and e-mails go into the fields {@code phone}/{@code email}, which the workspace encrypts
 * ({@code SensitiveFields.DEFAULTS}) before anything reaches a file.
 */
public final class OverviewRecords {
    private OverviewRecords() {
    }

    public static List<Record> of(Overview overview) {
        List<Record> out = new ArrayList<>();
        for (Customer c : overview.customers()) {
            out.add(record("customer", c.id().isBlank() ? c.name() : c.id(), fields("name", c.name(), "grade", c.grade(),
                    "industry", c.industry(), "scale", c.scale(), "region", c.region(), "status", c.status())));
        }
        Map<String, Integer> perCustomer = new LinkedHashMap<>();
        for (Contact c : overview.contacts()) {
            int n = perCustomer.merge(c.customerId(), 1, Integer::sum);
            out.add(record("contact", c.customerId() + "-" + n, fields("name", c.name(), "role", c.role(), "customer", c.customerId(),
                    "phone", c.phone().orElse(""), "email", c.email().orElse(""))));
        }
        for (Opportunity o : overview.opportunities()) {
            out.add(record("opportunity", o.number(), fields("customer", o.customer(), "project", o.project(), "stage", o.stage(),
                    "amount", o.amountText(), "expected", o.expectedText(), "owner", o.owner())));
        }
        return out;
    }

    /** Saves the records into the project, one commit per changed record; the commits made. */
    public static List<CommitInfo> save(Path project, List<Record> records, Author author, String source) throws WorkspaceException {
        List<CommitInfo> commits = new ArrayList<>();
        try (WorkspaceSession session = WorkspaceSession.open(project)) {
            Workspace ws = session.workspace();
            for (Record r : records) {
                List<CommitInfo> before = ws.history(r.key());
                CommitInfo c = ws.save(r, "Import " + r.path() + " from " + source, author);
                if (before.isEmpty() || !before.get(0).id().equals(c.id())) {
                    commits.add(c);
                }
            }
        }
        return commits;
    }

    private static Map<String, FieldValue> fields(String... pairs) {
        Map<String, FieldValue> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            String value = pairs[i + 1];
            if (value != null && !value.isBlank()) {
                out.put(pairs[i], new FieldValue.Text(value.strip()));
            }
        }
        return out;
    }

    private static Record record(String type, String id, Map<String, FieldValue> fields) {
        return new Record(type, safeId(id), fields, "");
    }

    /** Characters a record id may not hold become '-' (ids are file names). */
    static String safeId(String raw) {
        String id = raw.strip().replaceAll("[^\\p{L}\\p{N}._-]", "-").replaceAll("^[._-]+", "").replaceAll("\\.+$", "");
        return id.isEmpty() ? "unnamed" : id.length() > 200 ? id.substring(0, 200) : id;
    }
}
