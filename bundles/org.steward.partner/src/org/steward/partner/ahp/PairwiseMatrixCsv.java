package org.steward.partner.ahp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.steward.core.model.ModelException;
import org.steward.partner.internal.CsvFile;
import org.steward.partner.internal.CsvLine;
import org.steward.partner.internal.Messages;

/**
 * Reads a pairwise comparison matrix from CSV:
 *
 * <pre>
 * criterion,accuracy,stability,price
 * accuracy,1,3,5
 * stability,1/3,1,2
 * price,1/5,1/2,1
 * </pre>
 *
 * The first row names the criteria (its first cell is a free label or empty); each following row starts with
 * the same name, in the same order. Cells are integers, decimals or fractions {@code a/b}, on Saaty's scale
 * 1/9…9. The diagonal must be 1 and the matrix reciprocal: a_ij · a_ji = 1 within a relative tolerance (so that
 * rounded decimals such as 0.33 for 1/3 are accepted). Of each pair the entry ≥ 1 is taken as given and its mirror
 * is replaced by its exact reciprocal. Every error names the cell (row and column criterion) and the file line.
 */
public final class PairwiseMatrixCsv {
    /** Default tolerance of |a_ij · a_ji − 1|. 0.02 accepts two-decimal reciprocals (0.33·3, 0.14·7, 0.11·9). */
    public static final double DEFAULT_RECIPROCAL_TOLERANCE = 0.02;

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern FRACTION = Pattern.compile("([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+))\\s*/\\s*([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+))");
    private static final double SCALE_MAX = 9;
    private static final double EPS = 1e-9;

    private final String source;
    private final double tolerance;

    /**
     * @param source    the id used as the source of errors (the model id)
     * @param tolerance allowed |a_ij · a_ji − 1|
     */
    public PairwiseMatrixCsv(String source, double tolerance) {
        this.source = source;
        this.tolerance = tolerance;
    }

    public PairwiseMatrix read(Path file) throws ModelException {
        return parse(CsvFile.read(source, file));
    }

    public PairwiseMatrix parse(String text) throws ModelException {
        return parse(CsvFile.parse(source, text));
    }

    private PairwiseMatrix parse(List<CsvLine> lines) throws ModelException {
        if (lines.isEmpty()) {
            throw error("ahp.empty");
        }
        CsvLine header = lines.get(0);
        List<String> names = new ArrayList<>(header.cells().subList(1, header.size()));
        while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) {
            names.remove(names.size() - 1); // trailing commas
        }
        if (names.isEmpty()) {
            throw error("ahp.noCriteria", header.number());
        }
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < names.size(); j++) {
            if (names.get(j).isEmpty()) {
                throw error("ahp.blankName", header.number(), j + 2);
            }
            if (!seen.add(names.get(j))) {
                throw error("ahp.duplicateName", header.number(), names.get(j));
            }
        }
        int n = names.size();
        if (n > RandomIndex.MAX_ORDER) {
            throw error("ahp.tooLarge", n, RandomIndex.MAX_ORDER);
        }
        List<CsvLine> rows = lines.subList(1, lines.size());
        if (rows.size() != n) {
            throw error("ahp.rowCount", n, header.number(), rows.size());
        }
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            CsvLine row = rows.get(i);
            List<String> cells = new ArrayList<>(row.cells());
            while (cells.size() > n + 1 && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            if (cells.size() != n + 1) {
                throw error("ahp.cellCount", row.number(), cells.get(0), cells.size() - 1, n);
            }
            if (!cells.get(0).equals(names.get(i))) {
                throw error("ahp.rowName", row.number(), cells.get(0), names.get(i), i + 1);
            }
            for (int j = 0; j < n; j++) {
                a[i][j] = cell(cells.get(j + 1), names.get(i), names.get(j), row.number());
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double product = a[i][j] * a[j][i];
                if (Math.abs(product - 1) > tolerance + EPS) {
                    throw error("ahp.notReciprocal", names.get(i), names.get(j), rows.get(i).number(), Messages.number(a[i][j]),
                            names.get(j), names.get(i), rows.get(j).number(), Messages.number(a[j][i]), Messages.number(product));
                }
                if (a[i][j] >= 1) {
                    a[j][i] = 1 / a[i][j];
                } else {
                    a[i][j] = 1 / a[j][i];
                }
            }
        }
        return new PairwiseMatrix(names, a);
    }

    private double cell(String text, String row, String column, int line) throws ModelException {
        double value;
        Matcher fraction = FRACTION.matcher(text);
        if (NUMBER.matcher(text).matches()) {
            value = Double.parseDouble(text);
        } else if (fraction.matches()) {
            double num = Double.parseDouble(fraction.group(1));
            double den = Double.parseDouble(fraction.group(2));
            if (den == 0) {
                throw error("ahp.unparsable", row, column, line, text);
            }
            value = num / den;
        } else {
            throw error("ahp.unparsable", row, column, line, text);
        }
        if (value <= 0) {
            throw error("ahp.notPositive", row, column, line, text);
        }
        if (row.equals(column)) {
            if (Math.abs(value - 1) > EPS) {
                throw error("ahp.diagonal", row, line, text);
            }
            return 1;
        }
        // 1/9 with the reciprocal tolerance, so that 0.11 (≈ 1/9) is accepted; above 9 nothing is rounded
        if (value > SCALE_MAX + EPS || value < 1 / (SCALE_MAX * (1 + tolerance)) - EPS) {
            throw error("ahp.outOfScale", row, column, line, text);
        }
        return value;
    }

    private ModelException error(String key, Object... args) {
        return new ModelException(source, Messages.get(key, args));
    }
}
