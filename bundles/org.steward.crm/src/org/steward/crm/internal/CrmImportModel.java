package org.steward.crm.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.steward.core.model.AnalysisModel;
import org.steward.core.model.InputKind;
import org.steward.core.model.Model;
import org.steward.core.model.ModelException;
import org.steward.core.model.ModelRequest;
import org.steward.core.model.ModelResult;
import org.steward.core.model.ProgressMonitor;
import org.steward.core.model.ResultTable;
import org.steward.crm.markdown.OverviewFormatException;
import org.steward.crm.markdown.OverviewReader;
import org.steward.crm.model.Contact;
import org.steward.crm.model.Customer;
import org.steward.crm.model.Opportunity;
import org.steward.crm.model.Overview;
import org.steward.crm.model.Referral;

/**
 * {@code crm.import}: reads a customer-relationship overview (Markdown) into customers, contacts, opportunities,
 * referrals and the change log. Phones and e-mails appear masked in every file it writes.
 */
@Component(service = AnalysisModel.class)
@Model(id = CrmImportModel.ID, name = "CRM overview import", category = "Customers", version = "1.0.0",
        description = "Reads a customer-relationship overview in Markdown into customer, contact, opportunity and referral records.")
public class CrmImportModel implements AnalysisModel {
    public static final String ID = "crm.import";

    @Override
    public InputKind inputKind() {
        return InputKind.FILE;
    }

    @Override
    public ModelResult run(ModelRequest request, ProgressMonitor monitor) throws ModelException {
        Path file = request.requireInput(ID);
        monitor.begin("Reading " + file.getFileName(), 2);
        TextFiles.Decoded decoded = TextFiles.read(file, ID);
        Overview overview;
        try {
            overview = OverviewReader.read(file.getFileName().toString(), decoded.text());
        } catch (OverviewFormatException e) {
            throw new ModelException(ID, e.getMessage(), e);
        }
        monitor.worked(1);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("source", file.getFileName().toString());
        json.put("encoding", decoded.encoding());
        json.put("customers", overview.customers().stream().map(CrmImportModel::customer).toList());
        json.put("contacts", overview.contacts().stream().map(CrmImportModel::contact).toList());
        json.put("opportunities", overview.opportunities().stream().map(CrmImportModel::opportunity).toList());
        json.put("referrals", overview.referrals().stream().map(CrmImportModel::referral).toList());
        json.put("changeLog", overview.changeLog());
        json.put("pipeline", Pipeline.of(overview.opportunities()).toJson());
        json.put("keptSections", overview.layout().stream().filter(b -> b instanceof Overview.Verbatim).count());
        json.put("warnings", overview.warnings());
        monitor.worked(1);
        monitor.done();
        return ModelResult.of(json, tables(overview), List.of(), overview.customers().size() + " customers, "
                + overview.contacts().size() + " contacts, " + overview.opportunities().size() + " opportunities");
    }

    private static Map<String, Object> customer(Customer c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("name", c.name());
        m.put("grade", c.grade());
        m.put("industry", c.industry());
        m.put("scale", c.scale());
        m.put("region", c.region());
        m.put("status", c.status());
        m.put("basicInfo", c.basicInfo());
        m.put("health", c.health());
        m.put("needs", c.needs());
        m.put("projects", c.projects().stream().map(String::strip).toList());
        m.put("futureOpportunities", c.futureOpportunities());
        m.put("maintenance", c.maintenance());
        return m;
    }

    /** Never the plain phone or e-mail: these files are not encrypted. */
    private static Map<String, Object> contact(Contact k) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("customerId", k.customerId());
        m.put("name", k.name());
        m.put("role", k.role());
        m.put("phone", k.maskedPhone().orElse(null));
        m.put("email", k.maskedEmail().orElse(null));
        return m;
    }

    private static Map<String, Object> opportunity(Opportunity o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", o.number());
        m.put("customer", o.customer());
        m.put("project", o.project());
        m.put("stage", o.stage());
        m.put("probability", o.probability().orElse(null));
        m.put("amount", o.amountText());
        m.put("amountYuan", o.amountYuan().orElse(null));
        m.put("expected", o.expectedText());
        m.put("expectedDate", o.expectedDate().map(Object::toString).orElse(null));
        m.put("owner", o.owner());
        m.put("lastFollowUp", o.lastFollowUp());
        m.put("details", o.details());
        m.put("nextSteps", o.nextSteps());
        return m;
    }

    private static Map<String, Object> referral(Referral r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.name());
        m.put("kind", r.kind());
        m.put("fields", r.fields());
        return m;
    }

    private static List<ResultTable> tables(Overview o) {
        List<List<Object>> customers = new ArrayList<>();
        for (Customer c : o.customers()) {
            customers.add(List.of(c.id(), c.name(), c.grade(), c.industry(), c.region(), c.status()));
        }
        List<List<Object>> contacts = new ArrayList<>();
        for (Contact k : o.contacts()) {
            contacts.add(List.of(k.customerId(), k.name(), k.role(), k.maskedPhone().orElse(""), k.maskedEmail().orElse("")));
        }
        List<List<Object>> opportunities = new ArrayList<>();
        for (Opportunity p : o.opportunities()) {
            opportunities.add(List.of(p.number(), p.customer(), p.project(), p.stage(),
                    p.probability().map(Object::toString).orElse(""), p.amountYuan().map(Object::toString).orElse(""),
                    p.expectedDate().map(Object::toString).orElse(p.expectedText())));
        }
        return List.of(
                new ResultTable("customers.csv", List.of("id", "name", "grade", "industry", "region", "status"), customers),
                new ResultTable("contacts.csv", List.of("customer", "name", "role", "phone_masked", "email_masked"), contacts),
                new ResultTable("opportunities.csv", List.of("number", "customer", "project", "stage", "probability", "amount_yuan",
                        "expected"), opportunities));
    }
}
