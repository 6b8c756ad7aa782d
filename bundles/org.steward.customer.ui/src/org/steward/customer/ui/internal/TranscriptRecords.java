package org.steward.customer.ui.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.steward.customer.Transcript;
import org.steward.customer.TranscriptFolder;
import org.steward.customer.TranscriptMetadata;
import org.steward.text.TextRejectedException;
import org.steward.workspace.Author;
import org.steward.workspace.FieldValue;
import org.steward.workspace.Record;
import org.steward.workspace.Workspace;
import org.steward.workspace.WorkspaceException;

/**
 * Saves transcripts as workspace records {@code transcript/<id>.md} (docs/models/customer-text.md): front matter
 * customer, region {province, city}, parkType, parkSubType, date, encoding (as detected in the source), source, speakers
 * and turns; the body is the text itself (UTF-8 like every record). The id is the file name without its extension.
 */
final class TranscriptRecords {
    static final String TYPE = "transcript";

    private TranscriptRecords() {
    }

    static Record record(String name, Transcript t, Optional<TranscriptMetadata.Entry> meta) {
        String id = id(name);
        Map<String, FieldValue> f = new LinkedHashMap<>();
        meta.ifPresent(e -> {
            f.put("customer", new FieldValue.Text(e.customer()));
            Map<String, String> region = new LinkedHashMap<>();
            region.put("province", e.region());
            region.put("city", e.city());
            f.put("region", new FieldValue.TextMap(region));
            f.put("parkType", new FieldValue.Text(e.parkType()));
            f.put("parkSubType", new FieldValue.Text(e.parkSubType()));
            f.put("date", new FieldValue.Text(e.date()));
        });
        f.put("encoding", new FieldValue.Text(t.encoding()));
        f.put("source", new FieldValue.Text(name));
        f.put("speakers", new FieldValue.TextList(t.speakers()));
        f.put("turns", new FieldValue.Text(Integer.toString(t.turns().size())));
        String body = t.text().endsWith("\n") ? t.text() : t.text() + "\n";
        return new Record(TYPE, id, f, body);
    }

    /** The record id of a transcript file: its name without folders and extension, other characters replaced by '-'. */
    static String id(String name) {
        String base = name.substring(name.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        return base.replaceAll("[^\\p{L}\\p{N}._-]", "-");
    }

    /**
     * Saves every readable transcript of the folder; one commit per changed record.
     *
     * @return the records saved
     */
    static List<Record> save(TranscriptFolder folder, Workspace ws, Author author) throws WorkspaceException {
        List<Record> saved = new java.util.ArrayList<>();
        for (var s : folder.sources()) {
            Transcript t;
            try {
                t = Transcript.read(s.file());
            } catch (IOException | TextRejectedException e) {
                continue;
            }
            Record r = record(s.name(), t, folder.metadata().entry(s.name()));
            ws.save(r, "Import transcript " + s.name(), author);
            saved.add(r);
        }
        return saved;
    }
}
