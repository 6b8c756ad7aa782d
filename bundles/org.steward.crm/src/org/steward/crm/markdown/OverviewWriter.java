package org.steward.crm.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.steward.crm.model.ChangeLogEntry;
import org.steward.crm.model.Contact;
import org.steward.crm.model.Customer;
import org.steward.crm.model.HealthItem;
import org.steward.crm.model.Opportunity;
import org.steward.crm.model.Overview;
import org.steward.crm.model.Task;

/**
 * Writes an overview back in the shape it was read in: verbatim blocks as they were, customers, the opportunity
 * table and the change log rendered from the records. Phones and e-mails are written masked unless the caller
 * explicitly asks for them (the exported file is not encrypted).
 */
public final class OverviewWriter {
    private final boolean includeSensitive;

    public OverviewWriter(boolean includeSensitive) {
        this.includeSensitive = includeSensitive;
    }

    public String write(Overview o) {
        StringBuilder out = new StringBuilder();
        List<Customer> head = o.customers().stream().filter(c -> c.grade().equals("head")).toList();
        List<Customer> unplaced = new ArrayList<>(head);
        int lastCustomerBlock = -1;
        for (int i = 0; i < o.layout().size(); i++) {
            if (o.layout().get(i) instanceof Overview.CustomerBlock) {
                lastCustomerBlock = i;
            }
        }
        for (int i = 0; i < o.layout().size(); i++) {
            Overview.Block block = o.layout().get(i);
            switch (block) {
                case Overview.Verbatim v -> out.append(v.text());
                case Overview.CustomerBlock cb -> {
                    head.stream().filter(c -> key(c).equals(cb.key())).findFirst().ifPresent(c -> {
                        out.append(customer(c, o.contacts()));
                        unplaced.remove(c);
                    });
                    if (i == lastCustomerBlock) {
                        for (Customer c : List.copyOf(unplaced)) {
                            out.append("\n\n---\n\n").append(customer(c, o.contacts()));
                            unplaced.remove(c);
                        }
                    }
                }
                case Overview.OpportunityTable t -> out.append(opportunities(o.opportunities()));
                case Overview.ChangeLogTable t -> out.append(changeLog(o.changeLog()));
            }
        }
        for (Customer c : unplaced) { // an overview that had no head-customer section yet
            out.append("\n\n### ").append(c.name()).append('\n').append(customer(c, o.contacts()));
        }
        return out.toString();
    }

    static String key(Customer c) {
        return c.id().isEmpty() ? c.name() : c.id();
    }

    private String customer(Customer c, List<Contact> contacts) {
        StringBuilder out = new StringBuilder("### ").append(c.name()).append('\n');
        c.profile().forEach((k, v) -> out.append("**").append(k).append("**: ").append(v).append('\n'));
        for (String title : c.subsections()) {
            out.append("\n#### ").append(title).append('\n');
            notes(c.notes().get(title + CustomerBlockReader.BEFORE), out);
            switch (title) {
                case CustomerBlockReader.BASIC -> out.append(MarkdownTable.render(List.of("项", "内容"),
                        c.basicInfo().entrySet().stream().map(e -> List.of(e.getKey(), e.getValue())).toList(), List.of(true)));
                case CustomerBlockReader.CONTACTS -> contacts.stream().filter(k -> k.customerId().equals(c.id()))
                        .forEach(k -> out.append(contact(k)).append('\n'));
                case CustomerBlockReader.PROJECTS -> c.projects().forEach(l -> out.append(l).append('\n'));
                case CustomerBlockReader.HEALTH -> out.append(MarkdownTable.render(List.of("维度", "评分", "说明"),
                        c.health().stream().map(OverviewWriter::healthRow).toList(), List.of(true)));
                case CustomerBlockReader.NEEDS -> c.needs().forEach((k, v) -> out.append("- **").append(k).append("**: ").append(v).append('\n'));
                case CustomerBlockReader.FUTURE -> c.futureOpportunities().forEach(f -> out.append("- ").append(f).append('\n'));
                case CustomerBlockReader.MAINTENANCE -> c.maintenance().forEach(t -> out.append(task(t)).append('\n'));
                default -> { /* unknown subsection: its lines are all in the notes */ }
            }
            List<String> after = c.notes().get(title + CustomerBlockReader.AFTER);
            if (after != null) {
                out.append('\n');
                notes(after, out);
            }
        }
        // no trailing newline: the verbatim text after the block starts with it
        return out.toString().stripTrailing();
    }

    private static void notes(List<String> lines, StringBuilder out) {
        if (lines != null) {
            lines.forEach(l -> out.append(l).append('\n'));
        }
    }

    private static List<String> healthRow(HealthItem h) {
        return List.of(h.dimension(), Inline.emoji(h.level()) + h.rating(), h.note());
    }

    private static String task(Task t) {
        return "- " + Inline.mark(t.state()) + t.text();
    }

    private String contact(Contact k) {
        StringBuilder s = new StringBuilder("- ").append(k.name());
        if (!k.role().isEmpty()) {
            s.append('(').append(k.role()).append(')');
        }
        (includeSensitive ? k.phone() : k.maskedPhone()).ifPresent(p -> s.append(' ').append(p));
        (includeSensitive ? k.email() : k.maskedEmail()).ifPresent(e -> s.append(' ').append(e));
        return s.toString();
    }

    private static String opportunities(List<Opportunity> list) {
        List<List<String>> rows = new ArrayList<>();
        for (Opportunity o : list) {
            rows.add(List.of(o.number(), o.customer(), o.project(), o.stage(),
                    o.probability().map(p -> percent(p)).orElse("-"), o.amountText(), o.expectedText(), o.owner(), o.lastFollowUp()));
        }
        return MarkdownTable.render(List.of("商机编号", "客户名称", "项目名称", "接触阶段", "成单概率", "预计金额", "预计签约时间", "跟进人", "最后跟进"),
                rows, List.of(false)).stripTrailing();
    }

    private static String percent(double p) {
        double v = p * 100;
        return (v == Math.rint(v) ? Long.toString(Math.round(v)) : String.format(Locale.ROOT, "%.1f", v)) + "%";
    }

    private static String changeLog(List<ChangeLogEntry> list) {
        return MarkdownTable.render(List.of("日期", "更新内容", "更新人"),
                list.stream().map(e -> List.of(e.date(), e.change(), e.author())).toList(), List.of(false)).stripTrailing();
    }
}
