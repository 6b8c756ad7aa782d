package org.steward.competitor.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Builds small records in the documented format, and copies the shipped examples out of the bundle. */
final class Fixtures {
    static final String[] ACTS = {"进货物流", "运营", "出货物流", "市场营销", "服务", "企业基础设施", "人力资源管理", "技术开发", "采购"};

    private Fixtures() {
    }

    /**
     * A record: scores in the order of {@link #ACTS}; relations as "line|relation"; forces as "segment|force|rating".
     */
    static String record(String name, boolean us, List<String> lines, int[] scores, List<String> relations, List<String> forces) {
        StringBuilder b = new StringBuilder("---\nname: ").append(name).append("\nus: ").append(us)
                .append("\nbusiness_lines: [").append(String.join(", ", lines)).append("]\n---\n\n");
        b.append("| 业务线 | 关系 | 理由 |\n|---|---|---|\n");
        relations.forEach(r -> b.append("| ").append(r.replace("|", " | ")).append(" | 测试 |\n"));
        b.append("\n| 活动 | 评分 | 描述 | 证据 |\n|---|---|---|---|\n");
        for (int i = 0; i < ACTS.length; i++) {
            b.append("| ").append(ACTS[i]).append(" | ").append(scores[i]).append(" | d | e |\n");
        }
        if (!forces.isEmpty()) {
            b.append("\n| 细分市场 | 力量 | 评分 | 驱动因素 |\n|---|---|---|---|\n");
            forces.forEach(f -> b.append("| ").append(f.replace("|", " | ")).append(" | x |\n"));
        }
        return b.toString();
    }

    static int[] all(int v) {
        int[] s = new int[9];
        java.util.Arrays.fill(s, v);
        return s;
    }

    static Path write(Path dir, String file, String text) throws IOException {
        Path p = dir.resolve(file);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    static Bundle competitorBundle() throws Exception {
        for (Bundle b : FrameworkUtil.getBundle(Fixtures.class).getBundleContext().getBundles()) {
            if (b.getSymbolicName().equals("org.steward.competitor")) {
                return b;
            }
        }
        throw new AssertionError("bundle org.steward.competitor is not installed");
    }

    /** Copies examples/competitors out of the bundle (which also proves they are packaged). */
    static Path examples(Path dir) throws Exception {
        Bundle b = competitorBundle();
        Path out = Files.createDirectories(dir.resolve("competitors"));
        List<String> paths = Collections.list(b.getEntryPaths("examples/competitors/"));
        for (String p : paths) {
            URL url = b.getEntry(p);
            try (InputStream in = url.openStream()) {
                Files.copy(in, out.resolve(p.substring(p.lastIndexOf('/') + 1)));
            }
        }
        return out;
    }
}
