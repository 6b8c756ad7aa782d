package org.steward.partner.internal;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.steward.partner.sampletest.Figure;
import org.steward.partner.sampletest.SampleTestReport;
import org.steward.partner.screen.Screening;

/** The decision report as one self-contained HTML file (charts embedded as base64 PNG). */
final class DecisionHtml {
    private DecisionHtml() {
    }

    static String write(DecisionModel.Evaluation e, Map<String, byte[]> charts, Locale locale) {
        StringBuilder h = new StringBuilder();
        String lang = locale.getLanguage().equals("zh") ? "zh" : "en";
        h.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\"><head><meta charset=\"UTF-8\"><title>").append(esc(e.record().title()))
                .append("</title>\n<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}"
                        + "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #bbb;padding:.25em .6em;text-align:left}"
                        + "th{background:#eef}.pass{color:#060}.fail{color:#b00}.warn{background:#fff4d6;padding:.5em 1em}"
                        + "img{max-width:100%;border:1px solid #ddd;margin:.5em 0}</style></head><body>\n");
        h.append("<h1>").append(esc(e.record().title())).append("</h1>\n");
        if (!e.record().date().isEmpty()) {
            h.append("<p>").append(esc(t(locale, "decision.html.date"))).append(": ").append(esc(e.record().date())).append("</p>\n");
        }
        h.append("<h2>").append(esc(t(locale, "decision.html.chosen"))).append("</h2>\n<table><tr>");
        for (String c : List.of("decision.html.vendor", "decision.html.reason", "decision.html.rank", "decision.html.closeness",
                "decision.html.sampleTest")) {
            h.append("<th>").append(esc(t(locale, c))).append("</th>");
        }
        h.append("</tr>\n");
        for (String v : e.record().chosen()) {
            h.append("<tr><td>").append(esc(DecisionModel.displayName(e, v))).append(" (").append(esc(v)).append(")</td><td>")
                    .append(esc(e.record().reasons().get(v))).append("</td><td>")
                    .append(DecisionModel.rankOf(e, v).map(String::valueOf).orElse("–")).append("</td><td>")
                    .append(DecisionModel.closenessOf(e, v).map(c -> String.format(Locale.ROOT, "%.3f", c)).orElse("–")).append("</td><td>");
            SampleTestReport r = e.tests().get(v);
            h.append(r == null ? "–" : verdict(locale, r.passed())).append("</td></tr>\n");
        }
        h.append("</table>\n");
        if (!e.warnings().isEmpty()) {
            h.append("<div class=\"warn\"><b>").append(esc(t(locale, "decision.html.warnings"))).append("</b><ul>");
            e.warnings().forEach(w -> h.append("<li>").append(esc(w)).append("</li>"));
            h.append("</ul></div>\n");
        }
        if (!e.record().body().isBlank()) {
            h.append("<h2>").append(esc(t(locale, "decision.html.discussion"))).append("</h2>\n");
            for (String para : e.record().body().strip().split("\n\\s*\n")) {
                String p = para.strip();
                if (p.startsWith("#")) {
                    h.append("<h3>").append(esc(p.replaceFirst("^#+\\s*", ""))).append("</h3>\n");
                } else {
                    h.append("<p>").append(esc(p).replace("\n", "<br>")).append("</p>\n");
                }
            }
        }
        if (!e.screening().isEmpty()) {
            h.append("<h2>").append(esc(t(locale, "decision.html.screening"))).append("</h2>\n<p>")
                    .append(esc(t(locale, "decision.html.rules"))).append(":</p><ul>");
            e.rules().forEach(r -> h.append("<li><code>").append(esc(r.text())).append("</code></li>"));
            h.append("</ul>\n<table><tr><th>").append(esc(t(locale, "decision.html.vendor"))).append("</th><th>")
                    .append(esc(t(locale, "decision.html.status"))).append("</th><th>").append(esc(t(locale, "decision.html.why")))
                    .append("</th></tr>\n");
            for (Screening.Outcome o : e.screening()) {
                h.append("<tr><td>").append(esc(o.vendor().name())).append(" (").append(esc(o.vendor().id())).append(")</td><td>")
                        .append(o.shortlisted() ? "<span class=\"pass\">" + esc(t(locale, "decision.html.shortlisted")) + "</span>"
                                : "<span class=\"fail\">" + esc(t(locale, "decision.html.excluded")) + "</span>")
                        .append("</td><td>");
                h.append(esc(String.join("; ", o.reasons().stream().map(x -> x.rule().text() + " → " + x.reason()).toList())));
                h.append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        e.ahp().ifPresent(a -> {
            h.append("<h2>").append(esc(t(locale, "decision.html.ahp"))).append("</h2>\n<p>λmax = ")
                    .append(String.format(Locale.ROOT, "%.3f", a.lambdaMax())).append(", CI = ").append(String.format(Locale.ROOT, "%.4f", a.ci()))
                    .append(", CR = ").append(String.format(Locale.ROOT, "%.3f", a.cr())).append(" (")
                    .append(esc(t(locale, a.consistent(0.1) ? "decision.html.consistent" : "decision.html.inconsistent"))).append(")</p>\n");
            img(h, charts, "ahp-weights.png");
        });
        e.topsis().ifPresent(tr -> {
            h.append("<h2>").append(esc(t(locale, "decision.html.topsis"))).append("</h2>\n<p>")
                    .append(esc(t(locale, e.record().weightsFromAhp() ? "decision.html.weightsAhp" : "decision.html.weightsEntered")))
                    .append("</p>\n<table><tr><th>#</th><th>").append(esc(t(locale, "decision.html.vendor"))).append("</th><th>")
                    .append(esc(t(locale, "decision.html.closeness"))).append("</th></tr>\n");
            for (int i = 0; i < tr.ranking().size(); i++) {
                String alt = tr.ranking().get(i);
                h.append("<tr><td>").append(i + 1).append("</td><td>").append(esc(alt)).append("</td><td>")
                        .append(String.format(Locale.ROOT, "%.3f", tr.closeness(alt))).append("</td></tr>\n");
            }
            h.append("</table>\n");
            img(h, charts, "topsis-closeness.png");
            img(h, charts, "topsis-sensitivity.png");
        });
        int k = 1;
        for (Map.Entry<String, SampleTestReport> st : e.tests().entrySet()) {
            h.append("<h2>").append(esc(t(locale, "decision.html.sample", DecisionModel.displayName(e, st.getKey())))).append(" — ")
                    .append(verdict(locale, st.getValue().passed())).append("</h2>\n<table><tr><th>")
                    .append(esc(t(locale, "decision.html.figure"))).append("</th><th>").append(esc(t(locale, "decision.html.value")))
                    .append("</th><th>").append(esc(t(locale, "decision.html.limit"))).append("</th><th>")
                    .append(esc(t(locale, "decision.html.status"))).append("</th></tr>\n");
            for (Figure f : st.getValue().figures()) {
                h.append("<tr><td>").append(esc(f.id())).append("</td><td>")
                        .append(f.status() == Figure.Status.NOT_TESTED ? "–" : String.format(Locale.ROOT, "%.3g", f.value()) + " " + esc(f.unit()))
                        .append("</td><td>").append(esc(f.rule().replace("limit", Messages.number(f.limit())))).append("</td><td class=\"")
                        .append(f.status() == Figure.Status.FAIL ? "fail" : "pass").append("\">").append(esc(f.status().text()))
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
            img(h, charts, "sampletest-" + k++ + ".png");
        }
        h.append("<hr><p><small>").append(esc(t(locale, "decision.html.footer"))).append("</small></p>\n</body></html>\n");
        return h.toString();
    }

    private static void img(StringBuilder h, Map<String, byte[]> charts, String name) {
        byte[] png = charts.get(name);
        if (png != null) {
            h.append("<p><img alt=\"").append(esc(name)).append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(png)).append("\"></p>\n");
        }
    }

    private static String verdict(Locale l, boolean pass) {
        return pass ? "<span class=\"pass\">" + esc(t(l, "decision.html.pass")) + "</span>"
                : "<span class=\"fail\">" + esc(t(l, "decision.html.fail")) + "</span>";
    }

    private static String t(Locale l, String key, Object... args) {
        return Messages.get(l.getLanguage().equals("zh") ? Locale.CHINESE : Locale.ROOT, key, args);
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
