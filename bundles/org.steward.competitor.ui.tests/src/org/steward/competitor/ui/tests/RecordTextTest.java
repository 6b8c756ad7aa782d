package org.steward.competitor.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.steward.competitor.analysis.Action;
import org.steward.competitor.io.CompetitorReader;
import org.steward.competitor.model.Activity;
import org.steward.competitor.model.ChainEntry;
import org.steward.competitor.model.Competitor;
import org.steward.competitor.model.CompetitorSet;
import org.steward.competitor.ui.internal.Direction;
import org.steward.competitor.ui.internal.RecordText;
import org.steward.workspace.FieldValue;
import org.steward.workspace.Record;
import org.steward.workspace.RecordCodec;

/** A hand-written competitor record carried over into the workspace form, and front matter that cannot be. */
class RecordTextTest {
    private static final String HAND_WRITTEN = """
            ---
            # 虚构示例
            名称: 测试环保有限公司
            us: false
            地区: 江苏
            business_lines: [环保管家, 管网监测溯源]
            services:
              - 咨询
              - 监测
            ---

            # 测试环保（虚构）

            说明文字保留。

            | 活动 | 评分 | 描述 | 证据 |
            |---|---|---|---|
            | 运营 | 3 | 驻场 | 访谈 |

            结尾段落。
            """;

    @Test
    void aHandWrittenRecordBecomesAWorkspaceRecordTheReaderStillReads() {
        List<ChainEntry> chain = java.util.Arrays.stream(Activity.values())
                .map(a -> new ChainEntry(a, a == Activity.OPERATIONS ? 4 : 2, "描述 " + a.chinese(), "证据 | 来源")).toList();
        Record r = RecordText.toRecord("t-1", HAND_WRITTEN, Optional.of(chain),
                Optional.of(List.of(new Direction("环保管家", Action.PARTNER, "互补合作"))));
        assertEquals("competitors/t-1.md", r.path());
        assertEquals(Optional.of("测试环保有限公司"), r.text("name"), "名称 is carried over as name");
        assertEquals(Optional.of("江苏"), r.text("region"));
        assertEquals(new FieldValue.TextList(List.of("环保管家", "管网监测溯源")), r.field("business_lines").orElseThrow());
        assertEquals(new FieldValue.TextList(List.of("咨询", "监测")), r.field("services").orElseThrow());
        assertEquals(Optional.of("虚构示例"), r.text("note"), "the comment line becomes the note");
        assertTrue(r.body().contains("说明文字保留。") && r.body().contains("结尾段落。"), r.body());
        assertTrue(r.body().contains("| 运营 | 4 | 描述 运营 | 证据 \\| 来源 |"), r.body());

        String file = RecordCodec.encode(r);
        assertTrue(file.startsWith("---\ntype: competitors\nid: t-1\nname: 测试环保有限公司\n"), file);
        CompetitorSet read = CompetitorReader.readMarkdown("t-1.md", file);
        // only the set-level "no us record" problem: the record itself reads cleanly
        assertEquals(List.of("us"), read.problems().stream().map(p -> p.field()).toList(), read.problems().toString());
        Competitor c = read.competitors().get(0);
        assertEquals(List.of("环保管家", "管网监测溯源"), c.businessLines());
        assertEquals(9, c.chain().size());
        assertEquals(4, c.score(Activity.OPERATIONS).orElseThrow());
        assertEquals("证据 | 来源", c.entry(Activity.PROCUREMENT).orElseThrow().evidence());
        assertEquals(List.of(new Direction("环保管家", Action.PARTNER, "互补合作")), RecordText.directions(file));

        // saving again from the workspace form changes nothing but the edited table
        Record again = RecordText.toRecord("t-1", file, Optional.empty(), Optional.empty());
        assertEquals(file, RecordCodec.encode(again));
    }

    @Test
    void frontMatterThatCannotBeCarriedOverNamesTheLineAndKey() {
        String badKey = "---\nname: 甲\n公司规模: 大\n---\nbody\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RecordText.toRecord("t-2", badKey, Optional.empty(), Optional.empty()));
        assertEquals("t-2, line 3: the key \"公司规模\" cannot be kept in a workspace record; use an English key (name, region, business_lines …).",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> RecordText.toRecord("t-3", "no front matter\n", Optional.empty(), Optional.empty()));
        assertTrue(e.getMessage().startsWith("t-3: the record does not start with a front matter"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> RecordText.toRecord("t-4", "---\nname: 乙\njust words\n---\n", Optional.empty(), Optional.empty()));
        assertTrue(e.getMessage().startsWith("t-4, line 3: \"just words\" is not \"key: value\""), e.getMessage());
    }
}
