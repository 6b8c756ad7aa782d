package org.steward.crm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.steward.crm.markdown.OverviewFormatException;
import org.steward.crm.markdown.OverviewReader;
import org.steward.crm.markdown.OverviewWriter;
import org.steward.crm.model.Contact;
import org.steward.crm.model.Customer;
import org.steward.crm.model.Opportunity;
import org.steward.crm.model.Overview;
import org.steward.crm.model.Referral;

/**
 * Expected values were read off the documents by hand (customer-overview-zh.md: one head customer C001 东义集团 with
 * seven key contacts, one active opportunity O001 at 75 % for 一期约45万, 小穆总 plus four other referral channels,
 * three change-log rows), not taken from the reader.
 */
class OverviewReaderTest {

    private static Overview real() throws Exception {
        return OverviewReader.read("customer-overview-zh.md", Files.readString(Fixtures.realOverview(), StandardCharsets.UTF_8));
    }

    @Test
    void readsTheCompanysOverview() throws Exception {
        Overview o = real();
        List<Customer> head = o.customers().stream().filter(c -> c.grade().equals("head")).toList();
        assertEquals(1, head.size());
        Customer c = head.get(0);
        assertEquals("C001", c.id());
        assertEquals("东义集团", c.name());
        assertEquals("煤化工", c.industry());
        assertEquals("山西", c.region());
        assertEquals("商务洽谈中", c.status());
        assertEquals("煤化工、炼焦、合成氨", c.basicInfo().get("主营业务"));
        assertEquals(5, c.health().size());
        assertEquals(List.of("green", "green", "green", "green", "yellow"), c.health().stream().map(h -> h.level()).toList());
        assertEquals("稳健型，重视成本和风险", c.needs().get("决策风格"));
        assertEquals(4, c.maintenance().size());
        assertEquals("done", c.maintenance().get(0).state());
        assertEquals("pending", c.maintenance().get(1).state());
        assertEquals(0, o.customers().size() - head.size(), "the A/B/C pools hold only placeholder rows");

        assertEquals(List.of("小穆总", "大穆总", "曹总", "师总", "程总", "李总", "杨总"), o.contacts().stream().map(Contact::name).toList());
        assertEquals("集团二代/汇炼智能51%股东", o.contacts().get(0).role());
        assertTrue(o.contacts().stream().allMatch(k -> k.customerId().equals("C001") && k.phone().isEmpty()));

        assertEquals(1, o.opportunities().size());
        Opportunity op = o.opportunities().get(0);
        assertEquals("O001", op.number());
        assertEquals("东义集团", op.customer());
        assertEquals(Optional.of(0.75), op.probability());
        assertEquals(Optional.of(450_000.0), op.amountYuan());
        assertEquals(Optional.of(LocalDate.of(2025, 11, 30)), op.expectedDate());
        assertEquals("小穆总引荐(现为汇炼智能51%股东)", op.details().get("商机来源"));
        assertTrue(op.details().get("三轮汇报").startsWith("10月19日: 向小穆总汇报"), op.details().get("三轮汇报"));
        assertEquals(6, op.nextSteps().size());
        assertTrue(op.nextSteps().get(0).startsWith("11月3日"), op.nextSteps().get(0));

        assertEquals(List.of("小穆总", "行业展会", "老客户转介绍", "合作伙伴", "线上营销"), o.referrals().stream().map(Referral::name).toList());
        assertEquals("person", o.referrals().get(0).kind());
        assertEquals("★★★★★（5/5）- 股东关系", o.referrals().get(0).fields().get("关系强度"));
        assertEquals("汇炼智能51%股东/战略合作伙伴", o.referrals().get(0).fields().get("关系"));
        assertEquals(3, o.changeLog().size());
        assertEquals("2025-10-31", o.changeLog().get(0).date());
        assertTrue(o.warnings().isEmpty(), o.warnings().toString());
    }

    @Test
    void exportKeepsTheShapeAndReimportsToTheSameRecords() throws Exception {
        String original = Files.readString(Fixtures.realOverview(), StandardCharsets.UTF_8);
        Overview first = OverviewReader.read("a.md", original);
        String exported = new OverviewWriter(false).write(first);
        Overview second = OverviewReader.read("b.md", exported);
        assertEquals(first.customers(), second.customers());
        assertEquals(first.contacts(), second.contacts());
        assertEquals(first.opportunities(), second.opportunities());
        assertEquals(first.referrals(), second.referrals());
        assertEquals(first.changeLog(), second.changeLog());
        // Same text apart from table column padding: compare with whitespace and separator dashes folded.
        assertEquals(fold(original), fold(exported));
    }

    private static String fold(String markdown) {
        return markdown.replaceAll("\\|-+", "|-").replaceAll("[ \\t]+", " ").replaceAll(" ?\\| ?", "|").replaceAll("\\n+", "\n").strip();
    }

    @Test
    void unknownSectionsSurviveAndSensitiveValuesAreMaskedOnExport() throws Exception {
        Overview o = OverviewReader.read("fictional-overview.md", Fixtures.fictional());
        Contact wang = o.contacts().get(0);
        assertEquals("王主任", wang.name());
        assertEquals("环保局局长", wang.role());
        assertEquals(Optional.of("13912345678"), wang.phone());
        assertEquals(Optional.of("wang.zr@example.org"), wang.email());
        assertEquals(Optional.of("139******78"), wang.maskedPhone());
        assertEquals(Optional.of("w***@example.org"), wang.maskedEmail());
        assertEquals(Optional.of("0512-66889900"), o.contacts().get(1).phone());
        assertEquals("园区污水厂厂长", o.contacts().get(1).role());
        String exported = new OverviewWriter(false).write(o);
        assertTrue(exported.contains("这一节 Steward 不认识，导出时必须原样保留。"));
        assertTrue(exported.contains("## 📌 自定义章节\n完全未知的二级章节，也必须原样保留。"));
        assertFalse(exported.contains("13912345678"), exported);
        assertFalse(exported.contains("wang.zr@example.org"), exported);
        assertTrue(new OverviewWriter(true).write(o).contains("13912345678"), "explicit opt-in writes the real number");
    }

    @Test
    void badCellsAreReportedWithTheirLineAndTheRestIsRead() throws Exception {
        Overview o = OverviewReader.read("fictional-overview.md", Fixtures.fictional());
        assertEquals(List.of("O101", "O102", "O103"), o.opportunities().stream().map(Opportunity::number).toList());
        assertEquals(Optional.of(1_200_000.0), o.opportunities().get(0).amountYuan());
        assertEquals(Optional.of(300_000.0), o.opportunities().get(1).amountYuan());
        assertEquals(Optional.empty(), o.opportunities().get(1).probability());
        String warnings = String.join("\n", o.warnings());
        // Line numbers from `grep -n` on the fictional file: header 34, O102 on 37, O103 on 38.
        assertTrue(warnings.contains("fictional-overview.md:37: 成单概率 '很高' of O102 is not a percentage"), warnings);
        assertTrue(warnings.contains("fictional-overview.md:38: table row has 6 cells but the header has 9"), warnings);
        assertEquals("red", o.customers().get(0).health().get(1).level());
    }

    @Test
    void filesThatAreNoOverviewAreRefusedWithTheReason() {
        OverviewFormatException empty = assertThrows(OverviewFormatException.class, () -> OverviewReader.read("x.md", " \n"));
        assertTrue(empty.getMessage().startsWith("x.md is empty"));
        OverviewFormatException plain = assertThrows(OverviewFormatException.class,
                () -> OverviewReader.read("notes.md", "just some notes\nwithout headings"));
        assertTrue(plain.getMessage().contains("no Markdown headings"), plain.getMessage());
    }
}
