package org.steward.competitor.ui.internal;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.steward.competitor.analysis.AnalysisResult;
import org.steward.competitor.analysis.Assessment;
import org.steward.competitor.chart.ChartFont;
import org.steward.competitor.chart.HeatMap;
import org.steward.competitor.model.Activity;

/**
 * Side-by-side chains: the heat map of records × activities (the model's own picture, {@link HeatMap}) and the table of
 * scores with the gap to us, red where the competitor leads, green where we lead; mean gap and advantage sources.
 */
public class ComparisonPart {
    public static final String ID = "org.steward.competitor.ui.views.comparison";
    public static final String PICTURE_ID = "competitor.comparison.picture";
    public static final String TABLE_ID = "competitor.comparison.table";

    private Label picture;
    private ScrolledComposite scroll;
    private Table table;
    private Image image;
    private Color theyLead;
    private Color weLead;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        theyLead = new Color(250, 205, 205);
        weLead = new Color(205, 238, 205);
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        scroll = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        picture = Widgets.id(new Label(scroll, SWT.NONE), PICTURE_ID);
        scroll.setContent(picture);
        Composite bottom = new Composite(sash, SWT.NONE);
        bottom.setLayout(new GridLayout(1, false));
        table = Widgets.id(new Table(bottom, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL), TABLE_ID);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        Label legend = new Label(bottom, SWT.WRAP);
        legend.setText(Messages.Comparison_legend);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(legend);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        column(Messages.Comparison_record, 220);
        for (Activity a : Activity.values()) {
            column(Terms.name(a), Terms.chinese() ? 80 : 110);
        }
        column(Messages.Comparison_meanGap, 80);
        column(Messages.Comparison_advantages, 160);
        sash.setWeights(60, 40);
        parent.addDisposeListener(e -> {
            theyLead.dispose();
            weLead.dispose();
            if (image != null) {
                image.dispose();
            }
        });
        Widgets.follow(table, this::refresh);
        refresh();
    }

    private void column(String title, int width) {
        TableColumn c = new TableColumn(table, SWT.NONE);
        c.setText(title);
        c.setWidth(width);
    }

    public void refresh() {
        AnalysisResult r = CompetitorSession.get().analysis();
        List<HeatMap.Row> rows = r.assessments().stream()
                .map(a -> new HeatMap.Row(a.competitor().name(), a.competitor().us(), a.scores())).toList();
        if (image != null) {
            image.dispose();
            image = null;
        }
        if (rows.isEmpty()) {
            picture.setImage(null);
            picture.setText(Messages.Comparison_empty);
        } else {
            byte[] png = new HeatMap(rows, ChartFont.get()).png();
            image = new Image(picture.getDisplay(), new ByteArrayInputStream(png));
            picture.setText("");
            picture.setImage(image);
        }
        picture.setSize(picture.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        table.removeAll();
        for (Assessment a : r.assessments()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(0, a.competitor().us() ? "★ " + a.competitor().name() : a.competitor().name());
            Activity[] acts = Activity.values();
            for (int j = 0; j < acts.length; j++) {
                Integer s = a.scores().get(acts[j]);
                Integer g = a.gaps().get(acts[j]);
                item.setText(j + 1, (s == null ? "—" : s.toString()) + (g == null || g == 0 ? "" : String.format(Locale.ROOT, " (%+d)", g)));
                if (g != null && g != 0) {
                    item.setBackground(j + 1, g > 0 ? theyLead : weLead);
                }
            }
            item.setText(acts.length + 1, a.meanGap().isPresent() ? String.format(Locale.ROOT, "%+.2f", a.meanGap().getAsDouble()) : "");
            item.setText(acts.length + 2, a.advantages().stream().map(Terms::name).collect(Collectors.joining(", ")));
        }
        for (TableColumn c : table.getColumns()) {
            c.pack();
        }
    }

    /** The table's cell texts (tests). */
    public static List<List<String>> cells(Table t) {
        return java.util.Arrays.stream(t.getItems())
                .map(i -> java.util.stream.IntStream.range(0, t.getColumnCount()).mapToObj(i::getText).toList()).toList();
    }
}
