package org.steward.workbench.internal.contributions;

import java.time.Duration;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.ui.IImportWizard;
import org.steward.workbench.ExtensionPoints;

/** One {@code <wizard>} element of the import wizards extension point. */
public final class ImportWizardDescriptor extends ContributionDescriptor {

    private final String description;

    public ImportWizardDescriptor(IConfigurationElement element) throws InvalidContributionException {
        super(element);
        this.description = optional(element, ExtensionPoints.ATT_DESCRIPTION).orElse("");
    }

    public String description() {
        return description;
    }

    /** A new wizard; empty (and reported) when it cannot be created. */
    public Optional<IImportWizard> createWizard(Duration timeout, ContributionProblems problems) {
        return create(IImportWizard.class, timeout, problems);
    }
}
