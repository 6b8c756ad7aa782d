package org.steward.workbench.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Navigator on the left, models and results in the middle, the error log below. */
public class StewardPerspective implements IPerspectiveFactory {

    public static final String ID = "org.steward.workbench.perspective";
    public static final String NAVIGATOR_VIEW = "org.steward.workbench.views.navigator";
    public static final String ERROR_LOG_VIEW = "org.steward.workbench.views.errorLog";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        layout.addView(NAVIGATOR_VIEW, IPageLayout.LEFT, 0.25f, editorArea);
        IFolderLayout bottom = layout.createFolder("org.steward.workbench.bottom", IPageLayout.BOTTOM, 0.72f, editorArea);
        bottom.addView(ERROR_LOG_VIEW);
        layout.getViewLayout(NAVIGATOR_VIEW).setCloseable(false);
        layout.addShowViewShortcut(NAVIGATOR_VIEW);
        layout.addShowViewShortcut(ERROR_LOG_VIEW);
    }
}
