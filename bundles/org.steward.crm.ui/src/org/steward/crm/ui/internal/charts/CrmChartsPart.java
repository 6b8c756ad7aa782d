package org.steward.crm.ui.internal.charts;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;


import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.steward.crm.analytics.CrmAnalytics;
import org.steward.crm.analytics.CrmInputException;
import org.steward.crm.analytics.CrmReport;
import org.steward.crm.analytics.RecordFolder;
import org.steward.crm.analytics.chart.CrmCharts;
import org.steward.crm.ui.internal.CrmProject;
import org.steward.crm.ui.internal.Messages;
import org.steward.crm.ui.internal.ProjectBar;

/**
 * The CRM charts — pipeline, funnel, health, ABC, lifecycle, lifetime value, channels — one tab each: the same
 * pictures {@code crm.analytics} writes (Java2D PNGs from {@link CrmCharts}), shown as SWT images.
 */
public class CrmChartsPart {
    public static final String ID = "org.steward.crm.ui.views.charts";
    public static final String TABS_ID = "crm.charts.tabs";

    private Path project;
    private Label projectLabel;
    private Label status;
    private TabFolder tabs;
    private final List<Image> images = new ArrayList<>();

    @PostConstruct
    public void create(Composite parent) {
        project = CrmProject.folder();
        projectLabel = ProjectBar.create(parent, this::reload);
        tabs = new TabFolder(parent, SWT.TOP);
        tabs.setData("steward.widget", TABS_ID);
        tabs.setData(CrmChartsPart.class.getName(), this);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
        status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(status);
        reload();
    }

    public void setProject(Path folder) {
        project = folder;
        reload();
    }

    public void reload() {
        projectLabel.setText(NLS.bind(Messages.Project_label, project));
        int selected = Math.max(0, tabs.getSelectionIndex());
        for (TabItem item : tabs.getItems()) {
            item.getControl().dispose();
            item.dispose();
        }
        disposeImages();
        try {
            RecordFolder.Loaded loaded = RecordFolder.read(project);
            CrmReport r = CrmAnalytics.analyse(loaded.data(), loaded.settings());
            for (Map.Entry<String, byte[]> e : CrmCharts.pngs(r).entrySet()) {
                TabItem item = new TabItem(tabs, SWT.NONE);
                item.setText(title(e.getKey()));
                ScrolledComposite sc = new ScrolledComposite(tabs, SWT.H_SCROLL | SWT.V_SCROLL);
                Label picture = new Label(sc, SWT.NONE);
                Image image = new Image(tabs.getDisplay(), new ImageData(new ByteArrayInputStream(e.getValue())));
                images.add(image);
                picture.setImage(image);
                picture.setSize(picture.computeSize(SWT.DEFAULT, SWT.DEFAULT));
                sc.setContent(picture);
                item.setControl(sc);
            }
            tabs.setSelection(Math.min(selected, tabs.getItemCount() - 1));
            status.setText(CrmCharts.fontProblem().orElse(""));
        } catch (CrmInputException e) {
            status.setText(NLS.bind(Messages.Project_unreadable, e.getMessage()));
        }
        tabs.getParent().layout(true, true);
    }

    /** Shows the tab of the chart with this name (one of {@link CrmCharts#NAMES}). */
    public void select(String chart) {
        tabs.setSelection(CrmCharts.NAMES.indexOf(chart));
    }

    public List<String> tabTitles() {
        return java.util.Arrays.stream(tabs.getItems()).map(TabItem::getText).toList();
    }

    static String title(String chart) {
        return switch (chart) {
            case "pipeline" -> Messages.Charts_pipeline;
            case "funnel" -> Messages.Charts_funnel;
            case "health" -> Messages.Charts_health;
            case "abc" -> Messages.Charts_abc;
            case "lifecycle" -> Messages.Charts_lifecycle;
            case "ltv" -> Messages.Charts_ltv;
            case "channels" -> Messages.Charts_channels;
            default -> chart;
        };
    }

    private void disposeImages() {
        images.forEach(Image::dispose);
        images.clear();
    }

    @PreDestroy
    public void dispose() {
        disposeImages();
    }
}
