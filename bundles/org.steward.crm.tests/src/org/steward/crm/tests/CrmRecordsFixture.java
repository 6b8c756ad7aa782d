package org.steward.crm.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small fictional record folder (workspace format) whose analytics were worked out by hand (see
 * {@link CrmAnalyticsTest}): four customers, seven opportunities, one referral person.
 */
final class CrmRecordsFixture {
    private CrmRecordsFixture() {
    }

    static Path write(Path folder) throws IOException {
        record(folder, "customer", "c-1", """
                name: 甲化工（虚构）
                parkType: 产业链集群
                source: 转介绍
                referredBy: 王总
                revenue: 8亿
                annualValue: 100万
                marginRate: 20%
                expectedYears: 2
                health:
                  relationship: green
                  decisionAccess: 🟢 优秀
                  paymentAbility: yellow
                  willingness: green
                  risk: 🔴 高
                """);
        record(folder, "customer", "c-2", """
                name: 乙印染（虚构）
                parkType: 行政产业园区
                source: 行业展会
                revenue: 2亿
                health:
                  relationship: yellow
                  risk: yellow
                """);
        record(folder, "customer", "c-3", """
                name: 丙制药（虚构）
                parkType: 省县集聚区
                source: 转介绍
                referredBy: c-1
                revenue: 5000万
                """);
        record(folder, "customer", "c-4", """
                name: 丁园区（虚构）
                """);
        record(folder, "opportunity", "o-1", """
                customer: c-1
                project: 管网溯源一期
                stage: 商务洽谈
                probability: 60%
                amount: 100万
                """);
        record(folder, "opportunity", "o-2", """
                customer: 甲化工（虚构）
                project: 在线监测
                stage: 首次接触
                amount: 200000
                """);
        record(folder, "opportunity", "o-3", """
                customer: c-2
                project: 废水提标
                stage: 签约成交
                amount: 50万
                """);
        record(folder, "opportunity", "o-4", """
                customer: c-2
                project: 运维服务
                stage: 已签约
                amount: 30万
                """);
        record(folder, "opportunity", "o-5", """
                customer: c-3
                project: 园区环保管家
                stage: 方案报价
                amount: 约40万
                """);
        record(folder, "opportunity", "o-6", """
                customer: c-3
                project: 排污许可咨询
                stage: 需求确认
                """);
        record(folder, "opportunity", "o-7", """
                customer: c-4
                project: 雨污分流
                stage: 丢单
                lostAt: 需求确认
                amount: 10万
                """);
        record(folder, "referral", "r-1", """
                name: 王总
                kind: person
                """);
        record(folder, "contact", "c-1-1", """
                name: 李工
                customer: c-1
                phone: enc:v1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
                """);
        return folder;
    }

    static void record(Path folder, String type, String id, String fields) throws IOException {
        Path file = folder.resolve(type).resolve(id + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntype: " + type + "\nid: " + id + "\n" + fields + "---\n", StandardCharsets.UTF_8);
    }
}
