package org.steward.partner.topsis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.steward.core.model.ModelException;
import org.steward.partner.internal.CsvFile;
import org.steward.partner.internal.CsvLine;
import org.steward.partner.internal.Messages;

/**
 * Reads a TOPSIS decision matrix from CSV:
 *
 * <pre>
 * alternative,accuracy,price,experience
 * weight,0.5,0.3,0.2
 * type,benefit,cost,benefit
 * Vendor A,8,120,3
 * Vendor B,6,90,5
 * </pre>
 *
 * The header names the criteria after a first label cell; the second data line must start with {@code weight}
 * (positive numbers), the third with {@code type} ({@code benefit} or {@code cost}); then one line per alternative
 * with non-negative numbers. Every error names the cell (alternative or row, criterion) and the file line.
 */
public final class DecisionMatrixCsv {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private final String source;

    public DecisionMatrixCsv(String source) {
        this.source = source;
    }

    public DecisionMatrix read(Path file) throws ModelException {
        return parse(CsvFile.read(source, file));
    }

    public DecisionMatrix parse(String text) throws ModelException {
        return parse(CsvFile.parse(source, text));
    }

    private DecisionMatrix parse(List<CsvLine> lines) throws ModelException {
        if (lines.isEmpty()) {
            throw error("topsis.empty");
        }
        CsvLine header = lines.get(0);
        List<String> criteria = header.cells().subList(1, header.size());
        if (criteria.isEmpty()) {
            throw error("topsis.noCriteria", header.number());
        }
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < criteria.size(); j++) {
            if (criteria.get(j).isEmpty()) {
                throw error("topsis.blankCriterion", header.number(), j + 2);
            }
            if (!seen.add(criteria.get(j))) {
                throw error("topsis.duplicateCriterion", header.number(), criteria.get(j));
            }
        }
        int m = criteria.size();
        CsvLine weightLine = labelled(lines, 1, "weight", header.number());
        CsvLine typeLine = labelled(lines, 2, "type", weightLine.number());
        checkWidth(weightLine, m);
        checkWidth(typeLine, m);
        double[] weights = new double[m];
        List<CriterionType> types = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            String text = weightLine.cell(j + 1);
            if (!NUMBER.matcher(text).matches()) {
                throw error("topsis.weightNotNumber", criteria.get(j), weightLine.number(), text);
            }
            weights[j] = Double.parseDouble(text);
            if (!(weights[j] > 0) || !Double.isFinite(weights[j])) {
                throw error("topsis.weightNotPositive", criteria.get(j), weightLine.number(), text);
            }
            String type = typeLine.cell(j + 1);
            String criterion = criteria.get(j);
            types.add(CriterionType.parse(type).orElseThrow(() -> error("topsis.unknownType", criterion, typeLine.number(), type)));
        }
        List<CsvLine> rows = lines.subList(3, lines.size());
        if (rows.size() < 2) {
            throw error("topsis.tooFewAlternatives", rows.size());
        }
        List<String> alternatives = new ArrayList<>();
        Map<String, Integer> lineOf = new HashMap<>();
        double[][] values = new double[rows.size()][m];
        for (int i = 0; i < rows.size(); i++) {
            CsvLine row = rows.get(i);
            checkWidth(row, m);
            String name = row.cell(0);
            if (name.isEmpty()) {
                throw error("topsis.blankAlternative", row.number());
            }
            Integer earlier = lineOf.putIfAbsent(name, row.number());
            if (earlier != null) {
                throw error("topsis.duplicateAlternative", name, earlier, row.number());
            }
            alternatives.add(name);
            for (int j = 0; j < m; j++) {
                String text = row.cell(j + 1);
                if (!NUMBER.matcher(text).matches()) {
                    throw error("topsis.notNumber", name, criteria.get(j), row.number(), text);
                }
                double v = Double.parseDouble(text);
                if (v < 0 || !Double.isFinite(v)) {
                    throw error("topsis.negative", name, criteria.get(j), row.number(), text);
                }
                values[i][j] = v;
            }
        }
        for (int j = 0; j < m; j++) {
            boolean allEqual = true;
            for (int i = 1; i < rows.size(); i++) {
                allEqual &= values[i][j] == values[0][j];
            }
            if (allEqual) {
                throw error("topsis.noDiscrimination", criteria.get(j), Messages.number(values[0][j]));
            }
        }
        return new DecisionMatrix(alternatives, criteria, weights, types, values);
    }

    private CsvLine labelled(List<CsvLine> lines, int index, String label, int previousLine) throws ModelException {
        if (lines.size() <= index) {
            throw error("topsis.missingRow", label, previousLine);
        }
        CsvLine line = lines.get(index);
        if (!line.cell(0).toLowerCase(Locale.ROOT).equals(label)) {
            throw error("topsis.missingRow.found", label, line.number(), line.cell(0));
        }
        return line;
    }

    private void checkWidth(CsvLine line, int m) throws ModelException {
        if (line.size() != m + 1) {
            throw error("topsis.ragged", line.number(), line.cell(0), line.size(), m + 1);
        }
    }

    private ModelException error(String key, Object... args) {
        return new ModelException(source, Messages.get(key, args));
    }
}
