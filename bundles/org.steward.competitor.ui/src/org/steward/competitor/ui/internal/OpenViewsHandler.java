package org.steward.competitor.ui.internal;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/** Competitors › Open competitor views: shows the list and the other competitor views, the list on top. */
public class OpenViewsHandler extends AbstractHandler {
    public static final List<String> VIEWS = List.of(ComparisonPart.ID, ForcesPart.ID, ProfitBoardPart.ID, DirectionPart.ID,
            ChainEditorPart.ID, ListPart.ID);

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        try {
            for (String id : VIEWS) {
                page.showView(id);
            }
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }

    /** Shows one view in the active window (brings it to the top). */
    public static void show(String id) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null || window.getActivePage() == null) {
            return;
        }
        try {
            window.getActivePage().showView(id);
        } catch (PartInitException e) {
            org.eclipse.core.runtime.ILog.of(OpenViewsHandler.class).error(e.getMessage(), e);
        }
    }
}
