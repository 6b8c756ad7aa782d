package org.steward.samples.faulty;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.steward.core.model.AnalysisModel;
import org.steward.core.model.InputKind;
import org.steward.core.model.Model;
import org.steward.core.model.ModelRequest;
import org.steward.core.model.ModelResult;
import org.steward.core.model.ParameterSpec;
import org.steward.core.model.ProgressMonitor;

/** Test fixture: a model whose run throws, to prove that callers report it (node exit code 1) and survive. */
@Component(service = AnalysisModel.class)
@Model(id = FailingModel.ID, name = "Fails when run", category = "Test fixtures", version = "1.0.0",
        description = "Throws an IllegalStateException from run(); for tests only.")
public class FailingModel implements AnalysisModel {

    public static final String ID = "samples.faulty.fails";
    /** The text of the exception, so that tests can find it in the output. */
    public static final String MESSAGE = "deliberate failure of the faulty test model";

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
        throw new IllegalStateException(MESSAGE);
    }
}
