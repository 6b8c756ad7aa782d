package org.steward.workspace.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.steward.workspace.FieldValue;
import org.steward.workspace.Record;
import org.steward.workspace.RecordIndex;
import org.steward.workspace.crypto.FieldCipher;

/** Writes and reads the WS_RECORD table (schema in db/workspace) over a plain JDBC connection. */
public final class IndexWriter {
    private static final int BATCH = 1000;
    private static final List<String> TITLE_FIELDS = List.of("name", "title", "subject");

    private IndexWriter() {
    }

    /** Replaces the project's rows inside the caller's transaction; returns how many were written. */
    public static int replace(Connection c, String project, List<Record> stored, Map<String, LastCommits.Last> last,
            java.util.function.Function<String, Set<String>> sensitive) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM WS_RECORD WHERE PROJECT = ?")) {
            del.setString(1, project);
            del.executeUpdate();
        }
        int n = 0;
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO WS_RECORD (PROJECT, PATH, RECORD_TYPE, RECORD_ID, TITLE, "
                + "LAST_COMMIT, LAST_COMMIT_TIME) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Record r : stored) {
                LastCommits.Last l = last.get(r.path());
                ins.setString(1, project);
                ins.setString(2, r.path());
                ins.setString(3, r.type());
                ins.setString(4, r.id());
                ins.setString(5, title(r, sensitive.apply(r.type())));
                ins.setString(6, l == null ? null : l.id());
                ins.setTimestamp(7, l == null ? null : Timestamp.from(l.time()));
                ins.addBatch();
                if (++n % BATCH == 0) {
                    ins.executeBatch();
                }
            }
            ins.executeBatch();
        }
        return n;
    }

    /** The first of name/title/subject that is a plain, non-sensitive text; else the id. */
    static String title(Record r, Set<String> sensitive) {
        for (String f : TITLE_FIELDS) {
            if (!sensitive.contains(f) && r.fields().get(f) instanceof FieldValue.Text t && !FieldCipher.isCipherText(t.value())) {
                String s = t.value().strip();
                if (!s.isEmpty()) {
                    return s.length() > 500 ? s.substring(0, 500) : s;
                }
            }
        }
        return r.id();
    }

    public static List<RecordIndex.Entry> read(Connection c, String project) throws SQLException {
        List<RecordIndex.Entry> out = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT RECORD_TYPE, RECORD_ID, TITLE, PATH, LAST_COMMIT, LAST_COMMIT_TIME "
                + "FROM WS_RECORD WHERE PROJECT = ? ORDER BY PATH")) {
            q.setString(1, project);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    Timestamp t = rs.getTimestamp(6);
                    out.add(new RecordIndex.Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            Optional.ofNullable(rs.getString(5)), Optional.ofNullable(t).map(Timestamp::toInstant)));
                }
            }
        }
        return out;
    }
}
