package org.steward.competitor.io;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.steward.competitor.analysis.AdvantageSource;
import org.steward.competitor.analysis.AnalysisResult;
import org.steward.competitor.analysis.Assessment;
import org.steward.competitor.analysis.Recommendation;
import org.steward.competitor.analysis.SegmentForces;
import org.steward.competitor.internal.Messages;
import org.steward.competitor.model.Activity;
import org.steward.competitor.model.Force;
import org.steward.competitor.model.ProfitModelEntry;
import org.steward.competitor.model.RecordProblem;
import org.steward.competitor.model.Relation;

/** A self-contained HTML report: the heat map embedded as base64 PNG, scores, gaps, recommendations, matrix, forces, errors. */
public final class HtmlReport {
    private HtmlReport() {
    }

    public static String write(AnalysisResult r, byte[] png, Locale locale) {
        boolean zh = Messages.chinese(locale);
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(zh ? "zh" : "en").append("\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(h(Messages.get(locale, "html.title"))).append("</title><style>")
                .append("body{font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:2em}table{border-collapse:collapse;margin:1em 0}")
                .append("td,th{border:1px solid #bbb;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f0f0f0}")
                .append(".pos{color:#b00}.neg{color:#070}</style></head><body>\n");
        b.append("<h1>").append(h(Messages.get(locale, "html.title"))).append("</h1>\n");
        b.append("<p>").append(h(Messages.get(locale, "html.fictionalNote"))).append("</p>\n");
        b.append("<img alt=\"chains\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png)).append("\">\n");
        b.append("<h2>").append(h(Messages.get(locale, "html.scores"))).append("</h2>\n<table><tr><th></th>");
        for (Activity a : Activity.values()) {
            b.append("<th>").append(h(zh ? a.chinese() : a.english())).append("</th>");
        }
        b.append("<th>").append(h(Messages.get(locale, "html.meanGap"))).append("</th><th>")
                .append(h(Messages.get(locale, "html.advantages"))).append("</th><th>")
                .append(h(Messages.get(locale, "html.profitModels"))).append("</th></tr>\n");
        for (Assessment a : r.assessments()) {
            b.append("<tr><th>").append(h(a.competitor().name())).append(a.competitor().us() ? " ★" : "").append("</th>");
            for (Activity act : Activity.values()) {
                Integer s = a.scores().get(act);
                Integer g = a.gaps().get(act);
                b.append("<td>").append(s == null ? "—" : s);
                if (g != null && g != 0) {
                    b.append(" <span class=\"").append(g > 0 ? "pos" : "neg").append("\">(").append(String.format(Locale.ROOT, "%+d", g))
                            .append(")</span>");
                }
                b.append("</td>");
            }
            b.append("<td>").append(a.meanGap().isPresent() ? String.format(Locale.ROOT, "%+.2f", a.meanGap().getAsDouble()) : "")
                    .append("</td><td>").append(h(String.join(", ", a.advantages().stream()
                            .map((AdvantageSource s) -> zh ? s.chinese() : s.id()).toList())))
                    .append("</td><td>").append(h(String.join(", ", a.competitor().profitModels().stream()
                            .map((ProfitModelEntry p) -> zh ? p.model().chinese() : p.model().english()).toList())))
                    .append("</td></tr>\n");
        }
        b.append("</table>\n<h2>").append(h(Messages.get(locale, "html.recommendations"))).append("</h2>\n<table><tr><th>")
                .append(h(Messages.get(locale, "html.competitor"))).append("</th><th>").append(h(Messages.get(locale, "html.segment")))
                .append("</th><th>").append(h(Messages.get(locale, "html.action"))).append("</th><th>")
                .append(h(Messages.get(locale, "html.reasoning"))).append("</th></tr>\n");
        for (Assessment a : r.assessments()) {
            for (Recommendation rec : a.recommendations()) {
                b.append("<tr><td>").append(h(a.competitor().name())).append("</td><td>").append(h(rec.segment())).append("</td><td>")
                        .append(h(zh ? rec.action().chinese() : rec.action().id())).append("</td><td>").append(h(rec.reasoning()))
                        .append("</td></tr>\n");
            }
        }
        b.append("</table>\n<h2>").append(h(Messages.get(locale, "html.matrix"))).append("</h2>\n<table><tr><th></th>");
        r.businessLines().forEach(l -> b.append("<th>").append(h(l)).append("</th>"));
        b.append("</tr>\n");
        for (Map.Entry<String, Map<String, Relation>> row : r.matrix().entrySet()) {
            b.append("<tr><th>").append(h(row.getKey())).append("</th>");
            for (String l : r.businessLines()) {
                Relation rel = row.getValue().get(l);
                b.append("<td>").append(rel == null ? "" : h(zh ? rel.chinese() : rel.id())).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n<h2>").append(h(Messages.get(locale, "html.forces"))).append("</h2>\n<table><tr><th></th>");
        for (Force f : Force.values()) {
            b.append("<th>").append(h(zh ? f.chinese() : f.english())).append("</th>");
        }
        b.append("</tr>\n");
        for (SegmentForces s : r.forces()) {
            b.append("<tr><th>").append(h(s.segment())).append("</th>");
            for (Force f : Force.values()) {
                Double m = s.means().get(f);
                b.append("<td>").append(m == null ? "" : String.format(Locale.ROOT, "%.1f", m)).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n");
        List<RecordProblem> problems = r.problems();
        if (!problems.isEmpty()) {
            b.append("<h2>").append(h(Messages.get(locale, "html.errors"))).append("</h2>\n<ul>\n");
            problems.forEach(p -> b.append("<li>").append(h(p.text())).append("</li>\n"));
            b.append("</ul>\n");
        }
        return b.append("</body></html>\n").toString();
    }

    private static String h(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
