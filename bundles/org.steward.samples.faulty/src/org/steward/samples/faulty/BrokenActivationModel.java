package org.steward.samples.faulty;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.steward.core.model.AnalysisModel;
import org.steward.core.model.InputKind;
import org.steward.core.model.Model;
import org.steward.core.model.ModelRequest;
import org.steward.core.model.ModelResult;
import org.steward.core.model.ParameterSpec;
import org.steward.core.model.ProgressMonitor;

/**
 * Test fixture: a model whose component activation throws. It is registered (delayed component) and listed, but
 * cannot be run: the runner reports that it could not be activated.
 */
@Component(service = AnalysisModel.class)
@Model(id = BrokenActivationModel.ID, name = "Breaks on activation", category = "Test fixtures", version = "1.0.0",
        description = "Its @Activate method throws; for tests only.")
public class BrokenActivationModel implements AnalysisModel {

    public static final String ID = "samples.faulty.broken";
    public static final String MESSAGE = "deliberate activation failure of the faulty test model";

    @Activate
    void activate() {
        throw new IllegalStateException(MESSAGE);
    }

    @Override
    public InputKind inputKind() {
        return InputKind.NONE;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of();
    }

    @Override
    public ModelResult run(ModelRequest request, ProgressMonitor monitor) {
        throw new AssertionError("never activated");
    }
}
