package org.steward.crm.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.steward.crm.model.Contact;
import org.steward.crm.model.Customer;
import org.steward.crm.model.HealthItem;
import org.steward.crm.model.Task;

/** Reads one {@code ### name} block of the head-customer list into a customer and its contacts. */
final class CustomerBlockReader {
    static final String BASIC = "基本信息";
    static final String CONTACTS = "关键联系人";
    static final String PROJECTS = "合作项目";
    static final String HEALTH = "客户健康度评估";
    static final String NEEDS = "客户需求特征";
    static final String FUTURE = "未来机会";
    static final String MAINTENANCE = "维护策略";
    static final String BEFORE = "#before";
    static final String AFTER = "#after";

    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(?:\\+?86[- ]?)?(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    private final List<String> warnings;
    private final String source;

    CustomerBlockReader(String source, List<String> warnings) {
        this.source = source;
        this.warnings = warnings;
    }

    record Result(Customer customer, List<Contact> contacts) {
    }

    /** @param lines the block, first line the {@code ###} heading; @param firstLine its 1-based line number */
    Result read(List<String> lines, int firstLine) {
        String name = lines.get(0).replaceFirst("^#+\\s*", "").strip();
        Map<String, String> profile = new LinkedHashMap<>();
        Map<String, List<String>> subs = new LinkedHashMap<>();
        Map<String, Integer> subLine = new LinkedHashMap<>();
        String current = null;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#### ")) {
                current = line.substring(5).strip();
                subs.put(current, new ArrayList<>());
                subLine.put(current, firstLine + i + 1);
            } else if (current == null) {
                Inline.boldKeyValue(line).ifPresent(kv -> profile.put(kv[0], kv[1]));
            } else {
                subs.get(current).add(line);
            }
        }
        String id = profile.getOrDefault("客户编号", "");
        if (id.isEmpty()) {
            warnings.add(source + ":" + firstLine + ": customer '" + name + "' has no **客户编号** line; it is imported without a number");
        }
        Map<String, String> basic = new LinkedHashMap<>();
        List<HealthItem> health = new ArrayList<>();
        Map<String, String> needs = new LinkedHashMap<>();
        List<String> projects = new ArrayList<>();
        List<String> future = new ArrayList<>();
        List<Task> maintenance = new ArrayList<>();
        List<Contact> contacts = new ArrayList<>();
        Map<String, List<String>> notes = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : subs.entrySet()) {
            String title = e.getKey();
            List<String> before = new ArrayList<>();
            List<String> after = new ArrayList<>();
            boolean seenContent = false;
            List<String> body = e.getValue();
            for (int i = 0; i < body.size(); i++) {
                String line = body.get(i);
                boolean consumed = switch (title) {
                    case BASIC -> tableRow(line, 2, row -> basic.put(row.get(0), row.get(1)));
                    case HEALTH -> tableRow(line, 3, row -> health.add(new HealthItem(row.get(0),
                            Inline.withoutMarks(row.get(1)), Inline.level(row.get(1)), row.get(2))));
                    case CONTACTS -> contact(line, id, contacts);
                    case NEEDS -> Inline.boldKeyValue(line).map(kv -> {
                        needs.put(kv[0], kv[1]);
                        return true;
                    }).orElse(false);
                    case PROJECTS -> Inline.listItem(line).map(item -> projects.add(line.stripTrailing())).orElse(false);
                    case FUTURE -> Inline.listItem(line).map(item -> future.add(item[1])).orElse(false);
                    case MAINTENANCE -> Inline.listItem(line).map(item -> maintenance.add(
                            new Task(Inline.withoutMarks(item[1]), Inline.state(item[1])))).orElse(false);
                    default -> false;
                };
                if (consumed) {
                    seenContent = true;
                } else if (!line.isBlank()) {
                    (seenContent ? after : before).add(line);
                }
            }
            if (!before.isEmpty()) {
                notes.put(title + BEFORE, List.copyOf(before));
            }
            if (!after.isEmpty()) {
                notes.put(title + AFTER, List.copyOf(after));
            }
        }
        String status = profile.getOrDefault("合作状态", "");
        Customer customer = new Customer(id, name, "head", profile.getOrDefault("行业", ""), profile.getOrDefault("规模", ""),
                profile.getOrDefault("地域", ""), Inline.withoutMarks(status), profile, basic, health, needs, projects, future,
                maintenance, List.copyOf(subs.keySet()), notes);
        return new Result(customer, contacts);
    }

    private static boolean tableRow(String line, int width, java.util.function.Consumer<List<String>> sink) {
        if (!MarkdownTable.isRow(line)) {
            return false;
        }
        if (MarkdownTable.isSeparator(line)) {
            return true;
        }
        List<String> cells = MarkdownTable.cells(line);
        if (cells.size() < width) {
            return false;
        }
        // The header row names the columns (项/内容, 维度/评分/说明): not data.
        if (cells.get(0).equals("项") || cells.get(0).equals("维度")) {
            return true;
        }
        sink.accept(cells);
        return true;
    }

    private static boolean contact(String line, String customerId, List<Contact> contacts) {
        Optional<String[]> item = Inline.listItem(line);
        if (item.isEmpty() || Inline.boldKeyValue(line).isPresent()) {
            return false;
        }
        String text = item.get()[1];
        Optional<String> phone = Optional.empty();
        Optional<String> email = Optional.empty();
        Matcher pm = PHONE.matcher(text);
        if (pm.find()) {
            phone = Optional.of(pm.group(1));
            text = text.substring(0, pm.start()) + text.substring(pm.end());
        }
        Matcher em = EMAIL.matcher(text);
        if (em.find()) {
            email = Optional.of(em.group());
            text = text.substring(0, em.start()) + text.substring(em.end());
        }
        text = text.replaceAll("[,，;；\\s]+$", "").strip();
        String name = text;
        String role = "";
        int open = indexOfAny(text, '(', '（');
        if (open > 0) {
            name = text.substring(0, open).strip();
            int close = Math.max(text.lastIndexOf(')'), text.lastIndexOf('）'));
            role = text.substring(open + 1, close > open ? close : text.length()).strip();
        }
        contacts.add(new Contact(customerId, name, role, phone, email));
        return true;
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        if (i < 0) {
            return j;
        }
        return j < 0 ? i : Math.min(i, j);
    }
}
