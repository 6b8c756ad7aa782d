package org.steward.workbench.internal.parts;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.steward.core.model.ModelDescriptor;
import org.steward.core.model.ModelResult;
import org.eclipse.osgi.util.NLS;
import org.steward.workbench.internal.Messages;

/**
 * Opens the e4 parts of a model in the window's central area: the generic model part (one per model) and its
 * result part. The parts are POJOs; the model id travels in the part's persisted state.
 */
public final class ModelParts {

    public static final String MODEL_ID = "steward.modelId";
    public static final String RESULT = "steward.result";
    public static final String GENERIC_PART_PREFIX = "org.steward.workbench.parts.model.";
    public static final String RESULT_PART_PREFIX = "org.steward.workbench.parts.result.";
    private static final String BUNDLE = "bundleclass://org.steward.workbench/";
    /** The stack of the shared editor area, where model and result parts go. */
    private static final String CENTRAL_STACK = "org.eclipse.e4.primaryDataStack";

    private ModelParts() {
    }

    /** Shows (creating if needed) the generic part of {@code model}. */
    public static MPart showGeneric(ModelDescriptor model, EPartService parts, EModelService models, MWindow window) {
        MPart part = findOrCreate(GENERIC_PART_PREFIX + model.id(), GenericModelPart.class, model, parts, models, window);
        parts.showPart(part, PartState.ACTIVATE);
        return part;
    }

    /** Shows {@code result} in the result part of {@code model}. */
    public static MPart showResult(ModelDescriptor model, ModelResult result, EPartService parts, EModelService models,
                                   MWindow window) {
        MPart part = findOrCreate(RESULT_PART_PREFIX + model.id(), ResultPart.class, model, parts, models, window);
        part.setLabel(NLS.bind(Messages.Result_partLabel, model.name()));
        part.getTransientData().put(RESULT, result);
        if (part.getObject() instanceof ResultPart shown) {
            shown.show(result);
        }
        parts.showPart(part, PartState.ACTIVATE);
        return part;
    }

    private static MPart findOrCreate(String partId, Class<?> pojo, ModelDescriptor model, EPartService parts,
                                      EModelService models, MWindow window) {
        List<MPart> found = models.findElements(window, partId, MPart.class, null, EModelService.ANYWHERE);
        if (!found.isEmpty()) {
            return found.get(0);
        }
        MPart part = models.createModelElement(MPart.class);
        part.setElementId(partId);
        part.setLabel(model.name());
        part.setTooltip(model.description());
        part.setCloseable(true);
        part.setContributionURI(BUNDLE + pojo.getName());
        part.getPersistedState().put(MODEL_ID, model.id());
        part.getTags().add(EPartService.REMOVE_ON_HIDE_TAG);
        centralStack(models, window).getChildren().add(part);
        return part;
    }

    private static MPartStack centralStack(EModelService models, MWindow window) {
        List<MPartStack> stacks = models.findElements(window, CENTRAL_STACK, MPartStack.class, null, EModelService.ANYWHERE);
        if (!stacks.isEmpty()) {
            return stacks.get(0);
        }
        // No editor area (a pure e4 window): use any stack of the window.
        List<MPartStack> any = models.findElements(window, null, MPartStack.class, null, EModelService.IN_ACTIVE_PERSPECTIVE);
        if (any.isEmpty()) {
            throw new IllegalStateException("the window has no part stack to show model parts in");
        }
        return any.get(0);
    }
}
