package org.steward.workbench;

import org.osgi.annotation.versioning.ConsumerType;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IWorkbenchWindow;
import org.steward.core.model.ModelDescriptor;

/**
 * A model's own user interface, contributed through {@link ExtensionPoints#MODEL_UI}. The navigator calls
 * {@link #open} on the UI thread when the user opens the model; when the contribution names a perspective,
 * the workbench has switched to it already.
 *
 * <p>The class needs a public no-argument constructor and must not touch widgets in it: it may be
 * created off the UI thread.</p>
 */
@ConsumerType
public interface ModelUi {

    /**
     * Shows the model's parts or editors in {@code window}.
     *
     * @throws CoreException when they cannot be shown; the workbench logs it and tells the user
     */
    void open(IWorkbenchWindow window, ModelDescriptor model) throws CoreException;
}
