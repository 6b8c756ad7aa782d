package org.steward.partner.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.steward.core.model.ModelException;
import org.steward.partner.ahp.Ahp;
import org.steward.partner.ahp.AhpResult;
import org.steward.partner.ahp.Deviation;
import org.steward.partner.ahp.PairwiseMatrix;
import org.steward.partner.ahp.PairwiseMatrixCsv;
import org.steward.partner.chart.BarChart;
import org.steward.partner.chart.SampleCharts;
import org.steward.partner.sampletest.Figure;
import org.steward.partner.sampletest.Reading;
import org.steward.partner.sampletest.SampleTestCsv;
import org.steward.partner.sampletest.SampleTestEvaluator;
import org.steward.partner.sampletest.SampleTestLimits;
import org.steward.partner.sampletest.SampleTestReport;
import org.steward.partner.topsis.DecisionMatrixCsv;
import org.steward.partner.topsis.SwapPoint;
import org.steward.partner.topsis.Topsis;
import org.steward.partner.topsis.TopsisResult;

/**
 * The evaluation files of the project's {@code partners/} folder: the AHP pairwise-comparison editor with the live
 * consistency ratio (the most inconsistent comparisons marked), the TOPSIS ranking and sensitivity charts, and the
 * sample-test charts (sensor against reference, drift) with the figures.
 */
public class EvaluationPart {
    public static final String ID = "org.steward.partner.ui.views.evaluation";
    public static final String TABS_ID = "partner.eval.tabs";
    public static final String CR_ID = "partner.pairwise.cr";
    public static final String WEIGHTS_ID = "partner.pairwise.weights";
    public static final String CELL_ID = "partner.pairwise.cell.";
    public static final String BEST_ID = "partner.ranking.best";
    public static final String VERDICT_ID = "partner.sample.verdict";
    public static final String FIGURES_ID = "partner.sample.figures";
    private static final int CHART_WIDTH = 600;

    private Path project;
    private CTabFolder tabs;
    private Combo ahpFiles;
    private Composite grid;
    private Label cr;
    private Label weights;
    private List<String> names = List.of();
    private Text[][] cells = new Text[0][0];
    private Label[][] mirrors = new Label[0][0];
    private Color flagged;
    private Combo topsisFiles;
    private Label best;
    private ChartImage closeness;
    private ChartImage sensitivity;
    private Combo sampleFiles;
    private Text range;
    private Label verdict;
    private Table figures;
    private ChartImage overTime;
    private ChartImage drift;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        flagged = new Color(parent.getDisplay(), 255, 200, 200);
        parent.addDisposeListener(e -> flagged.dispose());
        tabs = new CTabFolder(parent, SWT.BORDER);
        tabs.setData("steward.widget", TABS_ID);
        tabs.setData(getClass().getName(), this);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
        createPairwise(scrolledTab(Messages.Tab_pairwise));
        createRanking(scrolledTab(Messages.Tab_ranking));
        createSample(scrolledTab(Messages.Tab_sample));
        tabs.setSelection(0);
        show(Project.folder());
    }

    private Composite scrolledTab(String text) {
        ScrolledComposite scroll = new ScrolledComposite(tabs, SWT.V_SCROLL | SWT.H_SCROLL);
        Composite content = new Composite(scroll, SWT.NONE);
        scroll.setContent(content);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        content.addListener(SWT.Resize, e -> scroll.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT)));
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(text);
        item.setControl(scroll);
        return content;
    }

    private static void relayout(Control c) {
        Composite content = c instanceof Composite comp ? comp : c.getParent();
        while (!(content.getParent() instanceof ScrolledComposite) && content.getParent() != null) {
            content = content.getParent();
        }
        content.layout(true, true);
        if (content.getParent() instanceof ScrolledComposite s) {
            s.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        }
    }

    private Combo fileCombo(Composite parent, Runnable onSelect) {
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayout(new GridLayout(2, false));
        new Label(row, SWT.NONE).setText(Messages.File_label);
        Combo combo = new Combo(row, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().hint(300, SWT.DEFAULT).applyTo(combo);
        combo.addListener(SWT.Selection, e -> onSelect.run());
        return combo;
    }

    // ---------------------------------------------------------------- pairwise comparisons

    private void createPairwise(Composite c) {
        c.setLayout(new GridLayout(1, false));
        ahpFiles = fileCombo(c, this::loadMatrix);
        new Label(c, SWT.WRAP).setText(Messages.Pairwise_hint);
        grid = new Composite(c, SWT.NONE);
        cr = new Label(c, SWT.WRAP);
        cr.setData("steward.widget", CR_ID);
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(cr);
        weights = new Label(c, SWT.WRAP);
        weights.setData("steward.widget", WEIGHTS_ID);
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(weights);
        Button save = new Button(c, SWT.PUSH);
        save.setText(Messages.Pairwise_save);
        save.addListener(SWT.Selection, e -> saveMatrix());
    }

    private void loadMatrix() {
        for (Control child : grid.getChildren()) {
            child.dispose();
        }
        names = List.of();
        cells = new Text[0][0];
        mirrors = new Label[0][0];
        Path file = selected(ahpFiles);
        if (file == null) {
            cr.setText(Messages.Files_none);
            weights.setText("");
            relayout(grid);
            return;
        }
        PairwiseMatrix m;
        try {
            m = new PairwiseMatrixCsv(file.getFileName().toString(), PairwiseMatrixCsv.DEFAULT_RECIPROCAL_TOLERANCE).read(file);
        } catch (ModelException e) {
            cr.setText(NLS.bind(Messages.Pairwise_error, e.getMessage()));
            relayout(grid);
            return;
        }
        names = m.names();
        int n = names.size();
        grid.setLayout(new GridLayout(n + 1, true));
        new Label(grid, SWT.NONE);
        for (String name : names) {
            new Label(grid, SWT.CENTER).setText(name);
        }
        cells = new Text[n][n];
        mirrors = new Label[n][n];
        for (int i = 0; i < n; i++) {
            new Label(grid, SWT.NONE).setText(names.get(i));
            for (int j = 0; j < n; j++) {
                if (i < j) {
                    Text t = new Text(grid, SWT.BORDER | SWT.CENTER);
                    t.setData("steward.widget", CELL_ID + i + "." + j);
                    t.setText(judgement(m.value(i, j)));
                    GridDataFactory.fillDefaults().hint(60, SWT.DEFAULT).applyTo(t);
                    cells[i][j] = t;
                } else {
                    Label l = new Label(grid, SWT.CENTER);
                    l.setText(i == j ? "1" : "");
                    GridDataFactory.fillDefaults().applyTo(l);
                    mirrors[i][j] = l;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                cells[i][j].addListener(SWT.Modify, e -> recompute());
            }
        }
        recompute();
    }

    /** A matrix entry as people write it: 3, 1/3, or a decimal. */
    static String judgement(double v) {
        if (Math.abs(v - Math.rint(v)) < 1e-9) {
            return Long.toString(Math.round(v));
        }
        double inv = 1 / v;
        if (Math.abs(inv - Math.rint(inv)) < 1e-6) {
            return "1/" + Math.round(inv);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** The reciprocal of an entry as text ("3" → "1/3", "1/5" → "5"); empty when the entry cannot be read. */
    static String mirror(String text) {
        String t = text.strip();
        try {
            int slash = t.indexOf('/');
            if (slash > 0) {
                double a = Double.parseDouble(t.substring(0, slash).strip());
                double b = Double.parseDouble(t.substring(slash + 1).strip());
                return a == 1 ? judgement(b) : judgement(b / a);
            }
            double v = Double.parseDouble(t);
            return v > 0 ? judgement(1 / v) : "";
        } catch (NumberFormatException e) {
            return "";
        }
    }

    private String csv() {
        StringBuilder b = new StringBuilder("criterion");
        names.forEach(n -> b.append(',').append(n));
        b.append('\n');
        for (int i = 0; i < names.size(); i++) {
            b.append(names.get(i));
            for (int j = 0; j < names.size(); j++) {
                b.append(',');
                if (i == j) {
                    b.append('1');
                } else if (i < j) {
                    b.append(cells[i][j].getText().strip());
                } else {
                    // the exact reciprocal of the upper entry; "1" when it cannot be read (the upper cell's error is reported first)
                    b.append(mirror(cells[j][i].getText()).isEmpty() ? "1" : Double.toString(1 / parse(cells[j][i].getText())));
                }
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static double parse(String t) {
        int slash = t.indexOf('/');
        return slash > 0 ? Double.parseDouble(t.substring(0, slash).strip()) / Double.parseDouble(t.substring(slash + 1).strip())
                : Double.parseDouble(t.strip());
    }

    private void recompute() {
        int n = names.size();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                mirrors[j][i].setText(mirror(cells[i][j].getText()));
                cells[i][j].setBackground(null);
            }
        }
        try {
            AhpResult r = Ahp.analyse(new PairwiseMatrixCsv("matrix", PairwiseMatrixCsv.DEFAULT_RECIPROCAL_TOLERANCE).parse(csv()));
            String crText = String.format(Locale.ROOT, "%.3f", r.cr());
            String lambda = String.format(Locale.ROOT, "%.3f", r.lambdaMax());
            if (r.consistent(0.1)) {
                cr.setText(NLS.bind(Messages.Pairwise_consistent, crText, lambda));
                cr.setForeground(cr.getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN));
            } else {
                List<String> worst = new ArrayList<>();
                for (Deviation d : r.deviations().subList(0, Math.min(3, r.deviations().size()))) {
                    int i = names.indexOf(d.row());
                    int j = names.indexOf(d.column());
                    Text cell = i < j ? cells[i][j] : cells[j][i];
                    cell.setBackground(flagged);
                    worst.add(d.row() + "/" + d.column() + " " + judgement(d.given()) + " \u2192 " + String.format(Locale.ROOT, "%.2f", d.implied()));
                }
                cr.setText(NLS.bind(Messages.Pairwise_inconsistent, new Object[] {crText, lambda, String.join("; ", worst)}));
                cr.setForeground(cr.getDisplay().getSystemColor(SWT.COLOR_RED));
            }
            StringBuilder w = new StringBuilder();
            for (int i = 0; i < n; i++) {
                w.append(i == 0 ? "" : ", ").append(names.get(i)).append(' ').append(String.format(Locale.ROOT, "%.3f", r.weights().get(i)));
            }
            weights.setText(NLS.bind(Messages.Pairwise_weights, w));
        } catch (ModelException | RuntimeException e) {
            cr.setText(NLS.bind(Messages.Pairwise_error, e.getMessage()));
            cr.setForeground(cr.getDisplay().getSystemColor(SWT.COLOR_RED));
            weights.setText("");
        }
        relayout(grid);
    }

    private void saveMatrix() {
        Path file = selected(ahpFiles);
        if (file != null && !names.isEmpty()) {
            try {
                Files.writeString(file, csv(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                cr.setText(NLS.bind(Messages.Error_read, file, e.getMessage()));
            }
        }
    }

    /** Sets the comparison of criteria {@code i < j} as if typed, for tests. */
    public void setJudgement(int i, int j, String text) {
        cells[i][j].setText(text);
    }

    // ---------------------------------------------------------------- ranking

    private void createRanking(Composite c) {
        c.setLayout(new GridLayout(1, false));
        topsisFiles = fileCombo(c, this::loadRanking);
        best = new Label(c, SWT.WRAP);
        best.setData("steward.widget", BEST_ID);
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(best);
        Composite charts = new Composite(c, SWT.NONE);
        charts.setLayout(new GridLayout(2, false));
        closeness = new ChartImage(charts, "partner.ranking.closeness");
        sensitivity = new ChartImage(charts, "partner.ranking.sensitivity");
    }

    private void loadRanking() {
        Path file = selected(topsisFiles);
        closeness.clear();
        sensitivity.clear();
        if (file == null) {
            best.setText(NLS.bind(Messages.Ranking_none, project.resolve("partners")));
            relayout(best);
            return;
        }
        try {
            TopsisResult t = Topsis.analyse(new DecisionMatrixCsv(file.getFileName().toString()).read(file));
            String first = t.ranking().get(0);
            best.setText(NLS.bind(Messages.Ranking_best, first, String.format(Locale.ROOT, "%.3f", t.closeness(first))));
            closeness.show(BarChart.of(Messages.Chart_topsis, Messages.Chart_closeness, t.ranking(), t.ranking().stream().mapToDouble(t::closeness).toArray()).png(CHART_WIDTH));
            double[] now = t.weights().stream().mapToDouble(Double::doubleValue).toArray();
            double[] swap = t.sensitivity().stream().mapToDouble(s -> s.map(SwapPoint::swapWeight).orElse(Double.NaN)).toArray();
            sensitivity.show(new BarChart(NLS.bind(Messages.Chart_sensitivity, first, t.ranking().get(1)), Messages.Chart_weight, t.criteria(),
                    List.of(Messages.Chart_current, Messages.Chart_swap), new double[][] {now, swap}, Messages.Chart_noSwap).png(CHART_WIDTH));
        } catch (ModelException | RuntimeException e) {
            best.setText(NLS.bind(Messages.Error_read, file.getFileName(), e.getMessage()));
        }
        relayout(best);
    }

    // ---------------------------------------------------------------- sample tests

    private void createSample(Composite c) {
        c.setLayout(new GridLayout(1, false));
        sampleFiles = fileCombo(c, this::loadSample);
        Composite row = new Composite(c, SWT.NONE);
        row.setLayout(new GridLayout(3, false));
        new Label(row, SWT.NONE).setText(Messages.Sample_range);
        range = new Text(row, SWT.BORDER);
        range.setText("500");
        GridDataFactory.fillDefaults().hint(80, SWT.DEFAULT).applyTo(range);
        range.addListener(SWT.DefaultSelection, e -> loadSample());
        verdict = new Label(row, SWT.NONE);
        verdict.setData("steward.widget", VERDICT_ID);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(verdict);
        figures = new Table(c, SWT.BORDER | SWT.FULL_SELECTION);
        figures.setData("steward.widget", FIGURES_ID);
        figures.setHeaderVisible(true);
        figures.setLinesVisible(true);
        for (String h : new String[] {Messages.Col_figure, Messages.Col_value, Messages.Col_limit, Messages.Col_status}) {
            TableColumn col = new TableColumn(figures, SWT.NONE);
            col.setText(h);
            col.setWidth(140);
        }
        GridDataFactory.fillDefaults().hint(600, 150).applyTo(figures);
        Composite charts = new Composite(c, SWT.NONE);
        charts.setLayout(new GridLayout(2, false));
        overTime = new ChartImage(charts, "partner.sample.overTime");
        drift = new ChartImage(charts, "partner.sample.drift");
    }

    private void loadSample() {
        Path file = selected(sampleFiles);
        figures.removeAll();
        overTime.clear();
        drift.clear();
        if (file == null) {
            verdict.setText(Messages.Files_none);
            relayout(verdict);
            return;
        }
        try {
            double r = Double.parseDouble(range.getText().strip());
            List<Reading> readings = new SampleTestCsv(file.getFileName().toString()).read(file);
            SampleTestReport report = new SampleTestEvaluator(file.getFileName().toString()).evaluate(readings, SampleTestLimits.defaults(r));
            verdict.setText(NLS.bind(Messages.Sample_verdict, report.passed() ? "pass" : "fail"));
            for (Figure f : report.figures()) {
                TableItem item = new TableItem(figures, SWT.NONE);
                item.setText(new String[] {f.id(), f.status() == Figure.Status.NOT_TESTED ? "\u2013"
                        : String.format(Locale.ROOT, "%.3g %s", f.value(), f.unit()), f.rule().replace("limit", judgement(f.limit())),
                    f.status().text()});
                if (f.status() == Figure.Status.FAIL) {
                    item.setForeground(3, figures.getDisplay().getSystemColor(SWT.COLOR_RED));
                }
            }
            overTime.show(SampleCharts.overTime(file.getFileName().toString(), readings).png(CHART_WIDTH, 280));
            drift.show(SampleCharts.drift(file.getFileName().toString(), readings, r).png(CHART_WIDTH, 280));
        } catch (ModelException | RuntimeException e) {
            verdict.setText(NLS.bind(Messages.Error_read, file.getFileName(), e.getMessage()));
        }
        relayout(verdict);
    }

    // ---------------------------------------------------------------- common

    private static Path selected(Combo combo) {
        int i = combo.getSelectionIndex();
        return i < 0 ? null : (Path) combo.getData(Integer.toString(i));
    }

    private static void fill(Combo combo, List<Path> files) {
        combo.removeAll();
        for (int i = 0; i < files.size(); i++) {
            combo.add(files.get(i).getFileName().toString());
            combo.setData(Integer.toString(i), files.get(i));
        }
        if (!files.isEmpty()) {
            combo.select(0);
        }
    }

    /** Shows the evaluation files of {@code folder}'s partners/ folder. */
    public void show(Path folder) {
        project = folder;
        fill(ahpFiles, Project.partnerFiles(folder, "ahp"));
        fill(topsisFiles, Project.partnerFiles(folder, "topsis"));
        fill(sampleFiles, Project.partnerFiles(folder, "sampletest"));
        loadMatrix();
        loadRanking();
        loadSample();
    }

    /** Selects a tab (0 pairwise, 1 ranking, 2 sample tests), for tests and screenshots. */
    public void select(int tab) {
        tabs.setSelection(tab);
    }

    /** Chooses the sample-test file by name, for tests. */
    public void selectSample(String name, String rangeText) {
        range.setText(rangeText);
        for (int i = 0; i < sampleFiles.getItemCount(); i++) {
            if (sampleFiles.getItem(i).equals(name)) {
                sampleFiles.select(i);
            }
        }
        loadSample();
    }
}
