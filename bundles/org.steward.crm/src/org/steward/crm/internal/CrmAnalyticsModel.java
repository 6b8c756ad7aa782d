package org.steward.crm.internal;

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
import org.steward.core.model.ParameterSpec;
import org.steward.core.model.ProgressMonitor;
import org.steward.core.model.ResultImage;
import org.steward.core.model.ResultTable;
import org.steward.crm.analytics.CrmAnalytics;
import org.steward.crm.analytics.CrmData;
import org.steward.crm.analytics.CrmInputException;
import org.steward.crm.analytics.CrmReport;
import org.steward.crm.analytics.CrmSettings;
import org.steward.crm.analytics.OverviewData;
import org.steward.crm.analytics.RecordFolder;
import org.steward.crm.analytics.SettingsFile;
import org.steward.crm.analytics.chart.CrmCharts;
import org.steward.crm.markdown.OverviewFormatException;
import org.steward.crm.markdown.OverviewReader;

/**
 * {@code crm.analytics}: pipeline, health, funnel, ABC, lifecycle, lifetime value and channels over a folder of CRM
 * records (workspace / import wizard) or a Markdown overview.
 */
@Component(service = AnalysisModel.class)
@Model(id = CrmAnalyticsModel.ID, name = "CRM analytics", category = "Customers", version = "1.0.0",
        description = "Opportunity pipeline with stage probabilities, customer health, funnel, ABC grades, lifecycle, lifetime value "
                + "and referral channels over CRM records or a Markdown overview.")
public class CrmAnalyticsModel implements AnalysisModel {
    public static final String ID = "crm.analytics";

    @Override
    public InputKind inputKind() {
        return InputKind.FILE_OR_DIRECTORY;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.string("settings", "Settings file",
                "A settings record (settings/crm-analytics.md format); empty: the input folder's own, else the defaults", ""));
    }

    @Override
    public ModelResult run(ModelRequest request, ProgressMonitor monitor) throws ModelException {
        Path input = request.requireInput(ID);
        String settingsText = request.parameters().string("settings").strip();
        Optional<Path> settingsFile = settingsText.isEmpty() ? Optional.empty() : Optional.of(Path.of(settingsText));
        monitor.begin("Reading " + input.getFileName(), 3);
        CrmData data;
        CrmSettings settings;
        try {
            if (Files.isDirectory(input)) {
                RecordFolder.Loaded loaded = RecordFolder.read(input, settingsFile);
                data = loaded.data();
                settings = loaded.settings();
            } else {
                settings = settingsFile.isPresent() ? SettingsFile.read(settingsFile.get().toString(),
                        TextFiles.read(settingsFile.get(), ID).text()) : CrmSettings.defaults();
                String name = input.getFileName().toString();
                data = OverviewData.of(name, OverviewReader.read(name, TextFiles.read(input, ID).text()), settings);
            }
        } catch (CrmInputException e) {
            throw new ModelException(ID, e.getMessage(), e);
        } catch (OverviewFormatException e) {
            throw new ModelException(ID, e.getMessage(), e);
        }
        monitor.worked(1);
        CrmReport report = CrmAnalytics.analyse(data, settings);
        monitor.worked(1);
        List<ResultImage> images = new ArrayList<>();
        CrmCharts.pngs(report).forEach((n, png) -> images.add(new ResultImage(n + ".png", "image/png", png)));
        monitor.worked(1);
        monitor.done();
        Map<String, Object> json = AnalyticsJson.of(input.getFileName().toString(), report);
        CrmCharts.fontProblem().ifPresent(p -> json.put("chartFont", p));
        return ModelResult.of(json, AnalyticsJson.tables(report), images, data.accounts().size() + " customers, "
                + data.deals().size() + " opportunities, weighted pipeline " + CrmCharts.money(report.pipeline().weightedYuan())
                + " yuan, " + data.problems().size() + " problems");
    }
}
