package org.steward.crm.analytics;

/**
 * Something wrong in one CRM record: the record (file path or overview item), the field, what is wrong and how to fix it.
 *
 * @param record  e.g. {@code opportunity/O001.md}
 * @param field   the field name, e.g. {@code amount}
 * @param message what is wrong and the fix
 */
public record Problem(String record, String field, String message) {

    @Override
    public String toString() {
        return record + ": field '" + field + "': " + message;
    }
}
