package org.steward.crm.ui.internal.board;

import java.nio.file.Path;

import org.steward.crm.ui.internal.CrmProject;
import org.steward.workspace.CommitInfo;
import org.steward.workspace.Record;
import org.steward.workspace.RecordKey;
import org.steward.workspace.Workspace;
import org.steward.workspace.WorkspaceException;
import org.steward.workspace.Workspaces;

/**
 * Moves an opportunity to another stage: loads its record through the workspace, sets {@code stage}, saves — a Git
 * commit by the user, whose body names the changed field (never a value). Other fields, encrypted ones included, are
 * written back as they were.
 */
public final class StageMove {
    private StageMove() {
    }

    /**
     * @param project    the workspace folder holding {@code opportunity/}
     * @param recordPath {@code opportunity/<id>.md}
     * @param stage      the new stage's name
     */
    public static CommitInfo move(Path project, String recordPath, String stage) throws WorkspaceException {
        Workspaces service = CrmProject.service(Workspaces.class)
                .orElseThrow(() -> new WorkspaceException("the workspace service (org.steward.workspace) is not running"));
        RecordKey key = RecordKey.ofPath(recordPath);
        try (Workspace ws = service.open(project)) {
            Record r = ws.load(key);
            return ws.save(r.with("stage", stage), "Move opportunity " + key.id() + " to " + stage, CrmProject.author());
        }
    }
}
