package org.steward.customer.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.steward.customer.TranscriptAnalysis;
import org.steward.text.TermStat;

/** All terms with tf, df, TF-IDF, TextRank score and cluster; a click on a column header sorts by it (again: reverses). */
final class TermTable {
    static final String TABLE_ID = "customer.terms";

    /** One row. */
    record Row(String term, long tf, int df, double tfidf, double textRank, int cluster) {
    }

    private static final List<Comparator<Row>> ORDER = List.of(
            Comparator.comparing(Row::term),
            Comparator.comparingLong(Row::tf),
            Comparator.comparingInt(Row::df),
            Comparator.comparingDouble(Row::tfidf),
            Comparator.comparingDouble(Row::textRank),
            Comparator.comparingInt(Row::cluster));

    private final Table table;
    private List<Row> rows = List.of();
    private int sortColumn = 1;
    private boolean descending = true;

    TermTable(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        box.setLayout(new FillLayout());
        table = new Table(box, SWT.BORDER | SWT.FULL_SELECTION | SWT.VIRTUAL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData("steward.widget", TABLE_ID);
        String[] names = {Messages.ColTerm, Messages.ColTf, Messages.ColDf, Messages.ColTfidf, Messages.ColTextRank, Messages.ColCluster};
        int[] widths = {180, 70, 70, 90, 90, 70};
        for (int i = 0; i < names.length; i++) {
            TableColumn c = new TableColumn(table, i == 0 ? SWT.LEFT : SWT.RIGHT);
            c.setText(names[i]);
            c.setWidth(widths[i]);
            int index = i;
            c.addListener(SWT.Selection, e -> sortBy(index, index == sortColumn ? !descending : index != 0));
        }
        table.addListener(SWT.SetData, e -> {
            TableItem item = (TableItem) e.item;
            Row r = rows.get(table.indexOf(item));
            item.setText(new String[] {r.term(), Long.toString(r.tf()), Integer.toString(r.df()), format(r.tfidf()),
                    format(r.textRank()), r.cluster() > 0 ? Integer.toString(r.cluster()) : ""});
        });
    }

    Composite control() {
        return table.getParent();
    }

    void show(TranscriptAnalysis.Result result) {
        Map<String, Double> rank = result.textRank();
        java.util.Map<String, Integer> cluster = new java.util.HashMap<>();
        for (int i = 0; i < result.coword().matrix().size(); i++) {
            cluster.put(result.coword().matrix().terms().get(i), result.coword().clusters()[i] + 1);
        }
        List<Row> r = new ArrayList<>();
        for (TermStat t : result.ranked()) {
            r.add(new Row(t.term(), t.tf(), t.df(), t.tfidf(), rank.getOrDefault(t.term(), 0.0), cluster.getOrDefault(t.term(), 0)));
        }
        rows = r;
        sortBy(sortColumn, descending);
    }

    /** Sorts by column 0..5 (term, tf, df, TF-IDF, TextRank, cluster); ties by term. */
    void sortBy(int column, boolean desc) {
        sortColumn = column;
        descending = desc;
        Comparator<Row> c = ORDER.get(column);
        if (desc) {
            c = c.reversed();
        }
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(c.thenComparing(Row::term));
        rows = sorted;
        table.setSortColumn(table.getColumn(column));
        table.setSortDirection(desc ? SWT.DOWN : SWT.UP);
        table.clearAll();
        table.setItemCount(rows.size());
    }

    List<Row> rows() {
        return rows;
    }

    Table table() {
        return table;
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
