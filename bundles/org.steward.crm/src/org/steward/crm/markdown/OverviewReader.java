package org.steward.crm.markdown;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.steward.crm.model.ChangeLogEntry;
import org.steward.crm.model.Contact;
import org.steward.crm.model.Customer;
import org.steward.crm.model.Opportunity;
import org.steward.crm.model.Overview;
import org.steward.crm.model.Referral;

/**
 * Reads a customer-relationship overview written in the company's Markdown shape (see
 * {@code docs/models/crm.md}): head customers, the graded customer pool, active opportunities and their details,
 * referral people and channels, and the change log. Sections it does not understand are kept verbatim.
 */
public final class OverviewReader {
    private static final Pattern AMOUNT_WAN = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*万");
    private static final Pattern AMOUNT_YUAN = Pattern.compile("^\\s*([\\d,]+(?:\\.\\d+)?)\\s*元?\\s*$");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern PERCENT = Pattern.compile("^\\s*(\\d+(?:\\.\\d+)?)\\s*%\\s*$");
    private static final Pattern OPPORTUNITY_HEADING = Pattern.compile("^(O\\d+)\\s*[-–—]");
    private static final List<String> PLACEHOLDERS = List.of("", "-", "待开发", "待补充", "待定", "暂无");

    private final String source;
    private final List<String> lines;
    private final List<String> warnings = new ArrayList<>();
    private final List<Overview.Block> layout = new ArrayList<>();
    private final StringBuilder verbatim = new StringBuilder();
    private final List<Customer> customers = new ArrayList<>();
    private final List<Contact> contacts = new ArrayList<>();
    private final List<Opportunity> opportunities = new ArrayList<>();
    private final Map<String, Map<String, String>> opportunityDetails = new HashMap<>();
    private final Map<String, List<String>> opportunityNextSteps = new HashMap<>();
    private final List<Referral> referrals = new ArrayList<>();
    private final List<ChangeLogEntry> changeLog = new ArrayList<>();

    private OverviewReader(String source, String text) {
        this.source = source;
        this.lines = List.of(text.replace("\r\n", "\n").split("\n", -1));
    }

    /**
     * @param source the file name, used in every message
     * @throws OverviewFormatException when the text has no headings at all (not an overview)
     */
    public static Overview read(String source, String text) throws OverviewFormatException {
        if (text.isBlank()) {
            throw new OverviewFormatException(source + " is empty; export the customer overview as Markdown text first");
        }
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        OverviewReader r = new OverviewReader(source, body);
        if (r.headingsAt(1, 6).isEmpty()) {
            throw new OverviewFormatException(source + " has no Markdown headings ('#', '##' …); a customer overview is organised "
                    + "in sections such as '## 头部客户列表' and '## 商机跟踪表'");
        }
        r.walk();
        return r.overview();
    }

    private Overview overview() {
        flush();
        List<Opportunity> complete = new ArrayList<>();
        for (Opportunity o : opportunities) {
            complete.add(new Opportunity(o.number(), o.customer(), o.project(), o.stage(), o.probability(), o.amountText(),
                    o.amountYuan(), o.expectedText(), o.expectedDate(), o.owner(), o.lastFollowUp(),
                    opportunityDetails.getOrDefault(o.number(), Map.of()), opportunityNextSteps.getOrDefault(o.number(), List.of())));
        }
        if (customers.stream().noneMatch(c -> c.grade().equals("head"))) {
            warnings.add(source + ": no '## 头部客户' section with '### <customer>' blocks was found");
        }
        return new Overview(List.copyOf(customers), List.copyOf(contacts), complete, List.copyOf(referrals), List.copyOf(changeLog),
                List.copyOf(layout), List.copyOf(warnings));
    }

    /** Indexes (0-based) of heading lines whose level is within [min, max], outside fenced code. */
    private List<Integer> headingsAt(int min, int max) {
        List<Integer> out = new ArrayList<>();
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.strip().startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            int level = level(l);
            if (!fenced && level >= min && level <= max) {
                out.add(i);
            }
        }
        return out;
    }

    private static int level(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == '#') {
            n++;
        }
        return n > 0 && n <= 6 && line.length() > n && line.charAt(n) == ' ' ? n : 0;
    }

    private static String title(String line) {
        return line.replaceFirst("^#+\\s*", "").strip();
    }

    /** End (exclusive) of the section whose heading is at {@code start}. */
    private int end(int start) {
        int lvl = level(lines.get(start));
        for (int i : headingsAt(1, lvl)) {
            if (i > start) {
                return i;
            }
        }
        return lines.size();
    }

    private void walk() {
        List<Integer> sections = headingsAt(1, 2).stream().filter(i -> level(lines.get(i)) == 2).toList();
        int pos = 0;
        for (int start : sections) {
            copy(pos, start);
            int stop = end(start);
            String t = title(lines.get(start));
            if (t.contains("头部客户")) {
                headCustomers(start, stop);
            } else if (t.contains("潜在客户")) {
                copy(start, stop);
                customerPool(start, stop);
            } else if (t.contains("商机")) {
                opportunities(start, stop);
            } else if (t.contains("转介绍")) {
                copy(start, stop);
                referrals(start, stop);
            } else if (t.contains("更新日志")) {
                changeLog(start, stop);
            } else {
                copy(start, stop);
            }
            pos = stop;
        }
        copy(pos, lines.size());
    }

    private void copy(int from, int to) {
        for (int i = from; i < to; i++) {
            verbatim.append(lines.get(i));
            if (i < lines.size() - 1) {
                verbatim.append('\n');
            }
        }
    }

    private void flush() {
        if (verbatim.length() > 0) {
            layout.add(new Overview.Verbatim(verbatim.toString()));
            verbatim.setLength(0);
        }
    }

    private void emit(Overview.Block block) {
        flush();
        layout.add(block);
    }

    private List<Integer> childHeadings(int start, int stop, int level) {
        return headingsAt(level, level).stream().filter(i -> i > start && i < stop).toList();
    }

    private void headCustomers(int start, int stop) {
        List<Integer> blocks = childHeadings(start, stop, 3);
        copy(start, blocks.isEmpty() ? stop : blocks.get(0));
        CustomerBlockReader reader = new CustomerBlockReader(source, warnings);
        for (int b = 0; b < blocks.size(); b++) {
            int s = blocks.get(b);
            int e = b + 1 < blocks.size() ? blocks.get(b + 1) : stop;
            int contentEnd = e;
            while (contentEnd > s + 1 && (lines.get(contentEnd - 1).isBlank() || lines.get(contentEnd - 1).strip().equals("---"))) {
                contentEnd--;
            }
            CustomerBlockReader.Result r = reader.read(lines.subList(s, contentEnd), s + 1);
            customers.add(r.customer());
            contacts.addAll(r.contacts());
            emit(new Overview.CustomerBlock(r.customer().id().isEmpty() ? r.customer().name() : r.customer().id()));
            verbatim.append('\n');
            copy(contentEnd, e);
        }
    }

    private void customerPool(int start, int stop) {
        for (int h : childHeadings(start, stop, 3)) {
            String t = title(lines.get(h));
            if (t.length() < 2 || "ABC".indexOf(t.charAt(0)) < 0 || !t.contains("级")) {
                continue;
            }
            String grade = t.substring(0, 1);
            readTable(h, end(h)).ifPresent(table -> {
                int nameCol = table.header().indexOf("客户名称");
                if (nameCol < 0) {
                    warnings.add(source + ":" + table.firstLine() + ": the " + grade + " pool table has no 客户名称 column");
                    return;
                }
                for (List<String> row : table.rows()) {
                    if (PLACEHOLDERS.contains(row.get(nameCol))) {
                        continue; // a row waiting to be filled in
                    }
                    Map<String, String> profile = new LinkedHashMap<>();
                    for (int c = 0; c < table.header().size(); c++) {
                        profile.put(table.header().get(c), row.get(c));
                    }
                    customers.add(new Customer("", row.get(nameCol), grade, "", profile.getOrDefault("企业规模", ""),
                            profile.getOrDefault("所在地", ""), profile.getOrDefault("接触状态", ""), profile, Map.of(), List.of(),
                            Map.of(), List.of(), List.of(), List.of(), List.of(), Map.of()));
                }
            });
        }
    }

    private void opportunities(int start, int stop) {
        int pos = start;
        for (int h : childHeadings(start, stop, 3)) {
            if (!title(lines.get(h)).contains("活跃商机")) {
                continue;
            }
            int sectionEnd = end(h);
            int tableStart = -1;
            for (int i = h + 1; i < sectionEnd; i++) {
                if (MarkdownTable.isRow(lines.get(i))) {
                    tableStart = i;
                    break;
                }
            }
            if (tableStart < 0) {
                warnings.add(source + ":" + (h + 1) + ": '### 活跃商机' has no table of opportunities");
                continue;
            }
            Optional<MarkdownTable> table = readTable(tableStart - 1, sectionEnd);
            int tableEnd = tableStart;
            while (tableEnd < sectionEnd && MarkdownTable.isRow(lines.get(tableEnd))) {
                tableEnd++;
            }
            copy(pos, tableStart);
            table.ifPresent(this::opportunityRows);
            emit(new Overview.OpportunityTable());
            verbatim.append('\n');
            pos = tableEnd;
        }
        copy(pos, stop);
        for (int h : childHeadings(start, stop, 4)) {
            Matcher m = OPPORTUNITY_HEADING.matcher(title(lines.get(h)));
            if (m.find()) {
                opportunityDetail(m.group(1), h + 1, end(h));
            }
        }
    }

    private void opportunityRows(MarkdownTable table) {
        List<String> header = table.header();
        int number = header.indexOf("商机编号");
        if (number < 0) {
            warnings.add(source + ":" + table.firstLine() + ": the opportunity table has no 商机编号 column; its rows are skipped");
            return;
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            int line = table.firstLine() + 2 + r;
            if (PLACEHOLDERS.contains(row.get(number))) {
                continue;
            }
            String probability = cell(header, row, "成单概率");
            Optional<Double> p = Optional.empty();
            Matcher pm = PERCENT.matcher(probability);
            if (pm.matches()) {
                double v = Double.parseDouble(pm.group(1)) / 100.0;
                if (v > 1.0) {
                    warnings.add(source + ":" + line + ": 成单概率 '" + probability + "' of " + row.get(number)
                            + " is above 100%; it is ignored");
                } else {
                    p = Optional.of(v);
                }
            } else if (!PLACEHOLDERS.contains(probability)) {
                warnings.add(source + ":" + line + ": 成单概率 '" + probability + "' of " + row.get(number)
                        + " is not a percentage such as 75%; it is ignored");
            }
            String amount = cell(header, row, "预计金额");
            String expected = cell(header, row, "预计签约时间");
            opportunities.add(new Opportunity(row.get(number), cell(header, row, "客户名称"), cell(header, row, "项目名称"),
                    cell(header, row, "接触阶段"), p, amount, amountYuan(amount), expected, date(expected),
                    cell(header, row, "跟进人"), cell(header, row, "最后跟进"), Map.of(), List.of()));
        }
    }

    static Optional<Double> amountYuan(String text) {
        Matcher wan = AMOUNT_WAN.matcher(text);
        if (wan.find()) {
            return Optional.of(Double.parseDouble(wan.group(1)) * 10_000);
        }
        Matcher yuan = AMOUNT_YUAN.matcher(text);
        if (yuan.matches()) {
            return Optional.of(Double.parseDouble(yuan.group(1).replace(",", "")));
        }
        return Optional.empty();
    }

    static Optional<LocalDate> date(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String cell(List<String> header, List<String> row, String column) {
        int i = header.indexOf(column);
        return i < 0 ? "" : row.get(i);
    }

    /** The bullets of an opportunity's detail section; bullets after a bold label line go to that label. */
    private void opportunityDetail(String number, int from, int to) {
        Map<String, String> details = new LinkedHashMap<>();
        List<String> next = new ArrayList<>();
        String lastKey = null;
        String label = null;
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.strip().equals("---")) {
                continue;
            }
            Optional<String[]> kv = Inline.boldKeyValue(line);
            Optional<String[]> item = Inline.listItem(line);
            if (item.isEmpty() && kv.isPresent() && kv.get()[1].isEmpty()) {
                label = kv.get()[0]; // e.g. **跟进计划**:
                continue;
            }
            if ("跟进计划".equals(label)) {
                item.ifPresent(it -> next.add(Inline.plain(it[1])));
                continue;
            }
            if (item.isPresent() && item.get()[0].isEmpty() && kv.isPresent()) {
                lastKey = kv.get()[0];
                details.put(lastKey, kv.get()[1]);
            } else if (item.isPresent() && lastKey != null) {
                String prev = details.get(lastKey);
                details.put(lastKey, (prev.isEmpty() ? "" : prev + "; ") + Inline.plain(item.get()[1]));
            }
        }
        opportunityDetails.put(number, details);
        opportunityNextSteps.put(number, next);
    }

    private void referrals(int start, int stop) {
        for (int h : childHeadings(start, stop, 4)) {
            String name = title(lines.get(h));
            Map<String, String> fields = new LinkedHashMap<>();
            int open = Math.max(name.indexOf('（'), name.indexOf('('));
            if (open > 0) {
                fields.put("角色", name.substring(open + 1).replaceAll("[)）]$", ""));
                name = name.substring(0, open).strip();
            }
            int e = end(h);
            String label = null;
            for (int i = h + 1; i < e; i++) {
                String line = lines.get(i);
                Optional<String[]> kv = Inline.boldKeyValue(line);
                if (MarkdownTable.isRow(line) && !MarkdownTable.isSeparator(line)) {
                    List<String> cells = MarkdownTable.cells(line);
                    if (cells.size() >= 2 && !cells.get(0).equals("项")) {
                        fields.put(cells.get(0), cells.get(1));
                    }
                } else if (kv.isPresent() && Inline.listItem(line).isEmpty()) {
                    if (kv.get()[1].isEmpty()) {
                        label = kv.get()[0];
                    } else {
                        fields.put(kv.get()[0], kv.get()[1]);
                    }
                } else if (label != null) {
                    String l = label;
                    Inline.listItem(line).ifPresent(it -> fields.merge(l, Inline.plain(it[1]), (a, b) -> a + "; " + b));
                }
            }
            referrals.add(new Referral(name, "person", fields));
        }
        for (int h : childHeadings(start, stop, 3)) {
            if (!title(lines.get(h)).contains("其他渠道")) {
                continue;
            }
            readTable(h, end(h)).ifPresent(t -> {
                for (List<String> row : t.rows()) {
                    Map<String, String> fields = new LinkedHashMap<>();
                    for (int c = 1; c < t.header().size(); c++) {
                        fields.put(t.header().get(c), row.get(c));
                    }
                    referrals.add(new Referral(row.get(0), "channel", fields));
                }
            });
        }
    }

    private void changeLog(int start, int stop) {
        int tableStart = -1;
        for (int i = start + 1; i < stop; i++) {
            if (MarkdownTable.isRow(lines.get(i))) {
                tableStart = i;
                break;
            }
        }
        if (tableStart < 0) {
            copy(start, stop);
            return;
        }
        copy(start, tableStart);
        int tableEnd = tableStart;
        while (tableEnd < stop && MarkdownTable.isRow(lines.get(tableEnd))) {
            tableEnd++;
        }
        readTable(tableStart - 1, stop).ifPresent(t -> {
            for (List<String> row : t.rows()) {
                changeLog.add(new ChangeLogEntry(cell(t.header(), row, "日期"), cell(t.header(), row, "更新内容"),
                        cell(t.header(), row, "更新人")));
            }
        });
        emit(new Overview.ChangeLogTable());
        verbatim.append('\n');
        copy(tableEnd, stop);
    }

    /** The first table after line {@code from} (exclusive) and before {@code to}; ragged rows reported. */
    private Optional<MarkdownTable> readTable(int from, int to) {
        int i = from + 1;
        while (i < to && !MarkdownTable.isRow(lines.get(i))) {
            i++;
        }
        if (i >= to) {
            return Optional.empty();
        }
        List<String> header = MarkdownTable.cells(lines.get(i));
        int first = i + 1;
        List<List<String>> rows = new ArrayList<>();
        for (int r = i + 1; r < to && MarkdownTable.isRow(lines.get(r)); r++) {
            if (MarkdownTable.isSeparator(lines.get(r))) {
                continue;
            }
            List<String> cells = new ArrayList<>(MarkdownTable.cells(lines.get(r)));
            if (cells.size() != header.size()) {
                warnings.add(source + ":" + (r + 1) + ": table row has " + cells.size() + " cells but the header has " + header.size()
                        + "; missing cells are taken as empty, extra ones dropped");
                while (cells.size() < header.size()) {
                    cells.add("");
                }
                cells = new ArrayList<>(cells.subList(0, header.size()));
            }
            rows.add(List.copyOf(cells));
        }
        return Optional.of(new MarkdownTable(header, rows, first));
    }
}
