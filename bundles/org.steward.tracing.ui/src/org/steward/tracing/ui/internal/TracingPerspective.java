package org.steward.tracing.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The network map in the middle, the sensor chart on its right, the alerts with their timeline below. */
public class TracingPerspective implements IPerspectiveFactory {
    public static final String ID = "org.steward.tracing.ui.perspective";
    public static final String MAP = "org.steward.tracing.ui.views.map";
    public static final String ALERTS = "org.steward.tracing.ui.views.alerts";
    public static final String CHART = "org.steward.tracing.ui.views.chart";
    private static final String NAVIGATOR = "org.steward.workbench.views.navigator";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(false);
        layout.addView(MAP, IPageLayout.LEFT, 0.95f, editorArea);
        layout.addView(ALERTS, IPageLayout.BOTTOM, 0.70f, MAP);
        layout.addView(CHART, IPageLayout.RIGHT, 0.72f, MAP);
        layout.getViewLayout(MAP).setCloseable(false);
        layout.addShowViewShortcut(MAP);
        layout.addShowViewShortcut(ALERTS);
        layout.addShowViewShortcut(CHART);
        layout.addShowViewShortcut(NAVIGATOR);
        layout.addPerspectiveShortcut("org.steward.workbench.perspective");
    }
}
