package org.steward.crm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.model.ModelException;
import org.steward.core.model.ProgressMonitor;
import org.steward.core.runtime.ModelRunner;
import org.steward.testing.Osgi;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** crm.analytics found through DS and run through the ModelRunner, on a record folder and on the company's overview. */
class CrmAnalyticsModelTest {

    private static JsonObject run(Path input, Path out, Map<String, String> params) throws Exception {
        Osgi.start("org.steward.core", "org.steward.crm");
        Osgi.service(ModelRunner.class).run("crm.analytics", Optional.of(input), params, ProgressMonitor.NULL, Duration.ofSeconds(60))
                .writeTo(out);
        return JsonParser.parseString(Files.readString(out.resolve("result.json"))).getAsJsonObject();
    }

    @Test
    void recordFolderGivesResultCsvsAndCharts(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        JsonObject r = run(CrmRecordsFixture.write(dir.resolve("crm")), out, Map.of());
        assertEquals(920_000, r.getAsJsonObject("pipeline").get("weightedYuan").getAsDouble(), 1e-6); // see CrmAnalyticsTest
        assertEquals(4, r.get("customers").getAsInt());
        for (String f : List.of("pipeline.csv", "opportunities.csv", "customers.csv", "funnel.csv", "channels.csv", "problems.csv")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        for (String chart : List.of("pipeline", "funnel", "health", "abc", "lifecycle", "ltv", "channels")) {
            assertTrue(ImageIO.read(out.resolve(chart + ".png").toFile()).getWidth() > 100, chart);
        }
        // the encrypted phone of the contact is never in any output
        try (var files = Files.list(out)) {
            for (Path f : files.toList()) {
                assertTrue(!new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1).contains("enc:v1"), f.toString());
            }
        }
    }

    @Test
    void theCompanysOverviewMatchesItsOwnFunnel(@TempDir Path dir) throws Exception {
        JsonObject r = run(Fixtures.realOverview(), dir.resolve("out"), Map.of());
        // O001: its own 75 % × 一期约45万 = 337,500
        assertEquals(337_500, r.getAsJsonObject("pipeline").get("weightedYuan").getAsDouble(), 1e-6);
        // the overview's 客户获取漏斗: 首次接触 1, 需求确认 1, 方案报价 1, 商务洽谈 1, 签约成交 0 (O001 预研阶段 = 商务洽谈)
        JsonArray funnel = r.getAsJsonArray("funnel");
        int[] expected = {1, 1, 1, 1, 1, 0};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], funnel.get(i).getAsJsonObject().get("customers").getAsInt(), "stage " + i);
        }
        // 客户健康度评估: 关系强度 🟢, 决策层触达 🟢, 付款能力 🟢, 合作意愿 🟢, 风险等级 🟡 → (4 × 100 + 50) / 5 = 90
        JsonObject health = r.getAsJsonArray("health").get(0).getAsJsonObject();
        assertEquals(90.0, health.get("score").getAsDouble(), 1e-9);
        // 年营收 超百亿 ≥ 5亿 → A
        assertEquals("A", r.getAsJsonArray("grades").get(0).getAsJsonObject().get("grade").getAsString());
        // 客户来源分析: 转介绍 1 (100%) — 小穆总's 已引荐 names C001
        JsonObject channel = r.getAsJsonArray("channels").get(0).getAsJsonObject();
        assertEquals("转介绍", channel.get("channel").getAsString());
        assertEquals(1.0, channel.get("share").getAsDouble(), 1e-12);
        assertEquals("activation", r.getAsJsonArray("lifecycle").get(0).getAsJsonObject().get("stage").getAsString());
    }

    /** releng/demo-workspace/crm (fictional records); the result is kept in target/demo-analytics to look at. */
    @Test
    void theDemoRecords() throws Exception {
        Path demo = Fixtures.above("releng/demo-workspace/crm");
        JsonObject r = run(demo, Path.of("target/demo-analytics").toAbsolutePath(), Map.of());
        assertEquals(java.util.List.of(), r.getAsJsonArray("problems").asList());
        assertEquals(8, r.get("customers").getAsInt());
        assertEquals(11, r.get("opportunities").getAsInt());
        // open: o-001 1,200,000 × 75 % (own) = 900,000; o-002 800,000 × 75 % = 600,000; o-003 600,000 × 20 % = 120,000;
        // o-005 300,000 × 75 % = 225,000; o-006 150,000 × 10 % = 15,000; o-010 2,000,000 × 10 % = 200,000; o-007 no amount
        assertEquals(2_060_000, r.getAsJsonObject("pipeline").get("weightedYuan").getAsDouble(), 1e-6);
        assertEquals(7, r.getAsJsonObject("pipeline").get("open").getAsInt());
        assertEquals(1, r.getAsJsonObject("pipeline").get("unvalued").getAsInt());
        // the demo's contacts carry phones and e-mails only as workspace cipher text (docs/workspace.md), never in plain text
        int sealed = 0;
        try (var files = Files.list(demo.resolve("contact"))) {
            for (Path f : files.toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.startsWith("phone:") || line.startsWith("email:")) {
                        assertTrue(line.matches("(phone|email): enc:v1:[A-Za-z0-9+/=]+"), f + ": " + line);
                        sealed++;
                    }
                }
            }
        }
        assertEquals(13, sealed); // 10 phones, 3 e-mails
    }

    @Test
    void aBrokenSettingsFileIsRefusedNamingTheField(@TempDir Path dir) throws Exception {
        Path settings = dir.resolve("s.md");
        Files.writeString(settings, "---\ntype: settings\nid: crm-analytics\nmarginRate: lots\n---\n");
        ModelException e = assertThrows(ModelException.class,
                () -> run(CrmRecordsFixture.write(dir.resolve("crm")), dir.resolve("out"), Map.of("settings", settings.toString())));
        assertTrue(e.getMessage().contains("marginRate"), e.getMessage());
    }
}
