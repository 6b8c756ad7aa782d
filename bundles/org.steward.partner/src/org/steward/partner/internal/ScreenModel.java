package org.steward.partner.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.steward.core.model.AnalysisModel;
import org.steward.core.model.InputKind;
import org.steward.core.model.Model;
import org.steward.core.model.ModelException;
import org.steward.core.model.ModelRequest;
import org.steward.core.model.ModelResult;
import org.steward.core.model.ParameterException;
import org.steward.core.model.ParameterSpec;
import org.steward.core.model.ProgressMonitor;
import org.steward.core.model.ResultTable;
import org.steward.partner.screen.Rule;
import org.steward.partner.screen.Rules;
import org.steward.partner.screen.RulesException;
import org.steward.partner.screen.Screening;
import org.steward.partner.vendor.Stage;
import org.steward.partner.vendor.Vendor;
import org.steward.partner.vendor.VendorFolder;
import org.steward.partner.vendor.VendorProblem;
import org.steward.partner.vendor.VendorReader;

/** Screens the vendor records of a folder with configurable rules into a shortlist (see docs/models/partner.md). */
@Component(service = AnalysisModel.class)
@Model(id = ScreenModel.ID, name = "Vendor screening", category = "Partners", version = "1.0.0",
        description = "Shortlist of sensor vendors from the vendor records and screening rules, with the reason for each exclusion.")
public class ScreenModel implements AnalysisModel {
    public static final String ID = "partner.screen";
    /** The rules file looked for when neither {@code rulesFile} nor {@code rules} is given. */
    public static final String DEFAULT_RULES = "screening-rules.txt";

    @Override
    public InputKind inputKind() {
        return InputKind.DIRECTORY;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.string("rulesFile", Messages.get("screen.param.rulesFile"), Messages.get("screen.param.rulesFile.description"), ""),
                ParameterSpec.string("rules", Messages.get("screen.param.rules"), Messages.get("screen.param.rules.description"), ""));
    }

    @Override
    public ModelResult run(ModelRequest request, ProgressMonitor monitor) throws ModelException {
        Path input = request.requireInput(ID);
        monitor.begin(Messages.get("screen.task"), 2);
        VendorFolder folder = Vendors.read(ID, input);
        List<Rule> rules = rules(input, request.parameters().string("rulesFile"), request.parameters().string("rules"));
        monitor.worked(1);
        List<Screening.Outcome> outcomes = Screening.apply(folder.vendors(), rules);
        monitor.worked(1);
        monitor.done();
        return result(outcomes, rules);
    }

    static ModelResult result(List<Screening.Outcome> outcomes, List<Rule> rules) {
        List<String> shortlist = new ArrayList<>();
        List<Map<String, Object>> excluded = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        List<List<Object>> vendorRows = new ArrayList<>();
        for (Screening.Outcome o : outcomes) {
            Vendor v = o.vendor();
            List<String> reasons = new ArrayList<>();
            for (Screening.Exclusion e : o.reasons()) {
                reasons.add(e.rule().text() + " → " + e.reason());
            }
            if (o.shortlisted()) {
                shortlist.add(v.id());
            } else {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("vendor", v.id());
                m.put("name", v.name());
                m.put("reasons", reasons);
                excluded.add(m);
            }
            rows.add(List.of(v.id(), v.name(), o.shortlisted() ? "shortlisted" : "excluded", String.join("; ", reasons)));
            vendorRows.add(List.of(v.id(), v.name(), v.location(), String.join(" ", v.parameters()),
                    v.rdStaff().isPresent() ? v.rdStaff().getAsInt() : "", v.patents().isPresent() ? v.patents().getAsInt() : "",
                    String.join("; ", v.certifications()), v.pipeNetwork().map(b -> b ? "yes" : "no").orElse(""),
                    v.tracing().map(b -> b ? "yes" : "no").orElse(""), v.priceBand().map(String::valueOf).orElse(""),
                    v.stage().map(Stage::key).orElse("")));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rules", rules.stream().map(Rule::text).toList());
        json.put("vendors", outcomes.size());
        json.put("shortlist", shortlist);
        json.put("excluded", excluded);
        String summary = Messages.get("screen.summary", shortlist.size(), outcomes.size(), String.join(", ", shortlist));
        return ModelResult.of(json, List.of(new ResultTable("screening.csv", List.of("vendor", "name", "status", "reasons"), rows),
                new ResultTable("vendors.csv", List.of("vendor", "name", "location", "parameters", "rdStaff", "patents", "certifications",
                        "pipeNetwork", "tracing", "priceBand", "stage"), vendorRows)), List.of(), summary);
    }

    /** The rules from the inline parameter, the named file, or {@value #DEFAULT_RULES} found beside the vendors. */
    static List<Rule> rules(Path input, String file, String inline) throws ModelException {
        try {
            if (!inline.isBlank()) {
                return Rules.parseInline(inline);
            }
            if (!file.isBlank()) {
                Path p = resolve(input, file).orElseThrow(() -> new ParameterException("rulesFile",
                        Messages.get("screen.noRulesFile", file)));
                return Rules.read(p);
            }
            for (Path candidate : defaultRuleFiles(input)) {
                if (Files.isRegularFile(candidate)) {
                    return Rules.read(candidate);
                }
            }
        } catch (RulesException e) {
            throw new ModelException(ID, Messages.get("screen.badRules", e.getMessage()));
        }
        throw new ParameterException("rulesFile", Messages.get("screen.noRules", DEFAULT_RULES));
    }

    private static List<Path> defaultRuleFiles(Path input) {
        Path abs = input.toAbsolutePath();
        List<Path> out = new ArrayList<>(List.of(abs.resolve(DEFAULT_RULES), abs.resolve("partners").resolve(DEFAULT_RULES)));
        if (abs.getParent() != null) {
            out.add(abs.getParent().resolve(DEFAULT_RULES));
            out.add(abs.getParent().resolve("partners").resolve(DEFAULT_RULES));
        }
        return out;
    }

    /** A path as given (absolute, or relative to the working folder), else relative to the input folder or its parent. */
    static Optional<Path> resolve(Path input, String name) {
        Path p = Path.of(name);
        if (Files.isRegularFile(p)) {
            return Optional.of(p);
        }
        if (!p.isAbsolute()) {
            Path abs = input.toAbsolutePath();
            for (Path base : new Path[] {abs, abs.getParent()}) {
                if (base != null && Files.isRegularFile(base.resolve(name))) {
                    return Optional.of(base.resolve(name));
                }
            }
        }
        return Optional.empty();
    }
}
