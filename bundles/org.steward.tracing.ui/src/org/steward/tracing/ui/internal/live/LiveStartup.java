package org.steward.tracing.ui.internal.live;

import org.eclipse.ui.IStartup;
import org.steward.tracing.ui.internal.Services;

/** When the workbench opens a workspace with {@code tracing/live.properties}, starts {@link LiveLauncher} on it. */
public class LiveStartup implements IStartup {

    @Override
    public void earlyStartup() {
        Services.workspace().ifPresent(ws -> LiveLauncher.forWorkspace(ws, true).ifPresent(j -> j.schedule()));
    }
}
