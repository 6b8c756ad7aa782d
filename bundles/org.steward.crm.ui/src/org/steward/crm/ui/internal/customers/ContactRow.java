package org.steward.crm.ui.internal.customers;

import org.steward.crm.ui.internal.Messages;
import org.steward.workspace.FieldValue;
import org.steward.workspace.Record;

/**
 * A contact as the table shows it. A sensitive value this computer cannot open is shown as locked, with the reason;
 * an opened one is shown only in the table (never logged).
 */
public record ContactRow(String path, String name, String role, String customer, String phone, String email) {

    public static ContactRow of(Record r) {
        return new ContactRow(r.path(), r.text("name").orElse(r.id()), r.text("role").orElse(""), r.text("customer").orElse(""),
                shown(r, "phone"), shown(r, "email"));
    }

    static String shown(Record r, String field) {
        return switch (r.field(field).orElse(new FieldValue.Text(""))) {
            case FieldValue.Locked l -> l.reason() == FieldValue.LockReason.NO_KEY ? Messages.Contacts_locked : Messages.Contacts_wrongKey;
            case FieldValue.Text t -> t.value();
            case FieldValue.TextList l -> String.join(", ", l.values());
            case FieldValue.TextMap m -> String.join(", ", m.entries().values());
        };
    }

    /** True when the phone is shown locked. */
    public boolean phoneLocked() {
        return phone.equals(Messages.Contacts_locked) || phone.equals(Messages.Contacts_wrongKey);
    }
}
