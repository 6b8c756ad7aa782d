package org.steward.tracing.ui.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.steward.core.model.ModelDescriptor;
import org.steward.workbench.ModelUi;

/** Opening {@code tracing.locate} or {@code tracing.placement} in the navigator shows the network map. */
public class TracingModelUi implements ModelUi {

    @Override
    public void open(IWorkbenchWindow window, ModelDescriptor model) throws CoreException {
        try {
            window.getActivePage().showView(TracingPerspective.MAP);
        } catch (PartInitException e) {
            throw new CoreException(Status.error(e.getMessage(), e));
        }
    }
}
