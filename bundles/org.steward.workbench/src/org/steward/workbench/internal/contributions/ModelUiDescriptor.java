package org.steward.workbench.internal.contributions;

import java.time.Duration;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.steward.workbench.ExtensionPoints;
import org.steward.workbench.ModelUi;

/** One {@code <modelUi>} element: the user interface of the model {@link #modelId()}. */
public final class ModelUiDescriptor extends ContributionDescriptor {

    private final String modelId;
    private final Optional<String> perspective;

    public ModelUiDescriptor(IConfigurationElement element) throws InvalidContributionException {
        super(element);
        this.modelId = required(element, ExtensionPoints.ATT_MODEL_ID);
        this.perspective = optional(element, ExtensionPoints.ATT_PERSPECTIVE);
    }

    public String modelId() {
        return modelId;
    }

    /** Id of a perspective (org.eclipse.ui.perspectives) to switch to before opening. */
    public Optional<String> perspective() {
        return perspective;
    }

    /** A new instance of the contributed {@link ModelUi}; empty (and reported) when it cannot be created. */
    public Optional<ModelUi> createModelUi(Duration timeout, ContributionProblems problems) {
        return create(ModelUi.class, timeout, problems);
    }
}
