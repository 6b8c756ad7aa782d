package org.steward.workspace.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.steward.store.Store;
import org.steward.store.StoreException;
import org.steward.workspace.Record;
import org.steward.workspace.RecordIndex;
import org.steward.workspace.Workspace;
import org.steward.workspace.WorkspaceException;

/** The record index in the Derby store (table WS_RECORD, migrations in db/workspace). */
@Component(service = RecordIndex.class)
public class RecordIndexComponent implements RecordIndex {

    @Reference
    private Store store;

    @Override
    public int rebuild(Workspace workspace) throws WorkspaceException {
        if (!(workspace instanceof GitWorkspace ws)) {
            throw new WorkspaceException("the record index can only rebuild workspaces opened by org.steward.workspace");
        }
        List<Record> stored = ws.storedRecords();
        Set<String> paths = new HashSet<>();
        stored.forEach(r -> paths.add(r.path()));
        Map<String, LastCommits.Last> last;
        try {
            last = LastCommits.of(ws.repository(), paths);
        } catch (IOException e) {
            throw new WorkspaceException(Messages.get("ws.git", "log", ws.folder(), e.getMessage()), e);
        }
        String project = ws.folder().toString();
        try {
            return store.transaction(c -> IndexWriter.replace(c, project, stored, last, ws::sensitive));
        } catch (StoreException e) {
            throw new WorkspaceException("record index of " + project + " not rebuilt: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Entry> entries(Path project) throws WorkspaceException {
        String key = project.toAbsolutePath().normalize().toString();
        try {
            return store.transaction(c -> IndexWriter.read(c, key));
        } catch (StoreException e) {
            throw new WorkspaceException("record index of " + key + " cannot be read: " + e.getMessage(), e);
        }
    }
}
