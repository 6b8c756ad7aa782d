package org.steward.crm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.crm.analytics.Amounts;
import org.steward.crm.analytics.CrmInputException;
import org.steward.crm.analytics.Problem;
import org.steward.crm.analytics.RecordFolder;
import org.steward.crm.analytics.SettingsFile;

/** Bad records and settings: each problem names the record and the field; good records are still analysed. */
class CrmAnalyticsBadInputTest {

    private static Problem problem(List<Problem> problems, String record, String field) {
        return problems.stream().filter(p -> p.record().equals(record) && p.field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem for " + record + " " + field + " in " + problems));
    }

    @Test
    void badFieldsAreNamedAndTheRestIsAnalysed(@TempDir Path dir) throws Exception {
        CrmRecordsFixture.record(dir, "customer", "ok", "name: 好客户\n");
        CrmRecordsFixture.record(dir, "customer", "nameless", "region: 山西\n");
        CrmRecordsFixture.record(dir, "customer", "purple", "name: 紫\nrevenue: 很多\nhealth:\n  relationship: purple\n  mood: green\n");
        CrmRecordsFixture.record(dir, "opportunity", "no-stage", "customer: ok\namount: 10万\n");
        CrmRecordsFixture.record(dir, "opportunity", "odd-stage", "customer: ok\nstage: 喝茶\n");
        CrmRecordsFixture.record(dir, "opportunity", "bad-values", "customer: ok\nstage: 方案报价\namount: 很多钱\nprobability: 150%\n");
        CrmRecordsFixture.record(dir, "opportunity", "no-customer", "stage: 方案报价\n");
        Files.writeString(dir.resolve("opportunity/broken.md"), "type: opportunity\n");

        RecordFolder.Loaded loaded = RecordFolder.read(dir);
        List<Problem> p = loaded.data().problems();
        assertTrue(problem(p, "customer/nameless.md", "name").message().contains("left out"));
        assertTrue(problem(p, "customer/purple.md", "revenue").message().contains("很多"));
        assertTrue(problem(p, "customer/purple.md", "health.relationship").message().contains("green, yellow or red"));
        assertTrue(problem(p, "customer/purple.md", "health.mood").message().contains("not a health dimension"));
        assertTrue(problem(p, "opportunity/no-stage.md", "stage").message().startsWith("is missing"));
        assertTrue(problem(p, "opportunity/odd-stage.md", "stage").message().contains("'喝茶' is not a stage"));
        assertTrue(problem(p, "opportunity/bad-values.md", "amount").message().contains("很多钱"));
        assertTrue(problem(p, "opportunity/bad-values.md", "probability").message().contains("outside 0%..100%"));
        assertTrue(problem(p, "opportunity/no-customer.md", "customer").message().contains("left out"));
        assertTrue(problem(p, "opportunity/broken.md", "-").message().contains("line 1"));
        // kept: ok, purple (its bad optional fields ignored); bad-values (stage is fine)
        assertEquals(List.of("好客户", "紫"), loaded.data().accounts().stream().map(a -> a.name()).toList());
        assertEquals(List.of("bad-values"), loaded.data().deals().stream().map(d -> d.id()).toList());
        assertEquals(Optional.empty(), loaded.data().deals().get(0).amountYuan());
    }

    @Test
    void brokenSettingsStopTheRunNamingEachField(@TempDir Path dir) throws Exception {
        CrmRecordsFixture.record(dir, "customer", "ok", "name: 好客户\n");
        CrmRecordsFixture.record(dir, "settings", "crm-analytics", "stages:\n  - 首次接触 = abc\n  - 签约成交 = 100%\n"
                + "health:\n  relationship: 关系强度 = heavy\ngradeA: 1亿\ngradeB: 5亿\nexpectedYears: 0\n");
        CrmInputException e = assertThrows(CrmInputException.class, () -> RecordFolder.read(dir));
        List<Problem> p = e.problems();
        assertTrue(problem(p, SettingsFile.PATH, "stages").message().contains("首次接触 = abc"));
        problem(p, SettingsFile.PATH, "health.relationship");
        problem(p, SettingsFile.PATH, "gradeB");
        problem(p, SettingsFile.PATH, "expectedYears");
    }

    @Test
    void settingsOverrideTheDefaults(@TempDir Path dir) throws Exception {
        CrmRecordsFixture.record(dir, "customer", "ok", "name: 好客户\n");
        CrmRecordsFixture.record(dir, "settings", "crm-analytics", "stages:\n  - 接触 = 5%\n  - 谈判 = 50% | 洽谈\n  - 签约 = 100%\n"
                + "activationStage: 谈判\nmarginRate: 25%\n");
        RecordFolder.Loaded loaded = RecordFolder.read(dir);
        assertEquals(List.of("接触", "谈判", "签约"), loaded.settings().stages().stream().map(s -> s.name()).toList());
        assertEquals(0.5, loaded.settings().stage("洽谈").orElseThrow().probability(), 1e-12);
        assertEquals(0.25, loaded.settings().marginRate(), 1e-12);
        assertEquals(3, loaded.settings().expectedYears()); // not set: the default
    }

    @Test
    void emptyFolderSaysWhatItExpects(@TempDir Path dir) {
        CrmInputException e = assertThrows(CrmInputException.class, () -> RecordFolder.read(dir));
        assertTrue(e.getMessage().contains("customer/"), e.getMessage());
    }

    @Test
    void amountsAsTheCompanyWritesThem() {
        // the overview writes 一期约45万, 超百亿, 30-50万/年
        assertEquals(450_000, Amounts.yuan("一期约45万").orElseThrow(), 1e-6);
        assertEquals(10_000_000_000d, Amounts.yuan("超百亿(山西煤化工头部民营企业)").orElseThrow(), 1);
        assertEquals(400_000, Amounts.yuan("30-50万/年").orElseThrow(), 1e-6);
        assertEquals(120_000_000, Amounts.yuan("1.2亿").orElseThrow(), 1e-6);
        assertEquals(450_000, Amounts.yuan("450,000元").orElseThrow(), 1e-6);
        assertEquals(0.75, Amounts.ratio("75%").orElseThrow(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Amounts.yuan("待定"));
        assertThrows(IllegalArgumentException.class, () -> Amounts.ratio("2"));
    }
}
