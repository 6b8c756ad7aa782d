package org.steward.workbench.internal.parts;

import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.Status;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.steward.core.model.ModelDescriptor;
import org.steward.workbench.ModelUi;
import org.steward.workbench.internal.contributions.ModelUiDescriptor;
import org.steward.workbench.internal.contributions.WorkbenchContributions;

/**
 * Opens a model: its contributed user interface when a {@code modelUi} extension claims the model id, else the
 * generic model part. A contribution that cannot be created or fails while opening is logged, and the generic part
 * is shown instead so that the user can still run the model.
 */
public final class ModelOpener {

    private final Optional<WorkbenchContributions> contributions;
    private final EPartService parts;
    private final EModelService models;
    private final MWindow window;

    public ModelOpener(WorkbenchContributions contributions, EPartService parts, EModelService models, MWindow window) {
        this.contributions = Optional.ofNullable(contributions);
        this.parts = parts;
        this.models = models;
        this.window = window;
    }

    public void open(ModelDescriptor model) {
        Optional<ModelUiDescriptor> ui = contributions.flatMap(c -> c.modelUiFor(model.id()));
        if (ui.isPresent() && openContributed(ui.get(), model)) {
            return;
        }
        ModelParts.showGeneric(model, parts, models, window);
    }

    private boolean openContributed(ModelUiDescriptor descriptor, ModelDescriptor model) {
        ILog log = ILog.of(ModelOpener.class);
        Optional<ModelUi> ui = descriptor.createModelUi(WorkbenchContributions.CREATION_TIMEOUT, log::log);
        if (ui.isEmpty()) {
            return false;
        }
        IWorkbenchWindow workbenchWindow = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        boolean[] opened = {false};
        SafeRunner.run(new ISafeRunnable() {
            @Override
            public void run() throws Exception {
                if (descriptor.perspective().isPresent()) {
                    PlatformUI.getWorkbench().showPerspective(descriptor.perspective().get(), workbenchWindow);
                }
                ui.get().open(workbenchWindow, model);
                opened[0] = true;
            }

            @Override
            public void handleException(Throwable e) {
                log.log(Status.error(descriptor.describe() + " failed to open model " + model.id()
                        + "; showing the generic view instead: " + e, e));
            }
        });
        return opened[0];
    }
}
