package org.steward.crm.model;

/** A row of the 更新日志 table. */
public record ChangeLogEntry(String date, String change, String author) {
}
