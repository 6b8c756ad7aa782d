package org.steward.workbench.internal.contributions;

import java.time.Duration;
import java.util.Optional;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.steward.workbench.ExtensionPoints;

/**
 * The trackers of the workbench's three extension points over one registry, opened together. The workbench
 * puts one instance (over the platform registry) into its application context; tests build one over a private
 * registry.
 */
public final class WorkbenchContributions implements AutoCloseable {

    /** How long a contribution's constructor may take before it is abandoned. */
    public static final Duration CREATION_TIMEOUT = Duration.ofSeconds(10);

    private final ContributionTracker<ModelUiDescriptor> modelUis;
    private final ContributionTracker<ImportWizardDescriptor> importWizards;
    private final ContributionTracker<ExporterDescriptor> exporters;
    private final ContributionProblems problems;

    public WorkbenchContributions(IExtensionRegistry registry, ContributionProblems problems) {
        this.problems = problems;
        modelUis = new ContributionTracker<>(registry, ExtensionPoints.MODEL_UI, ExtensionPoints.ELEMENT_MODEL_UI,
                ModelUiDescriptor::new, problems).open();
        importWizards = new ContributionTracker<>(registry, ExtensionPoints.IMPORT_WIZARDS, ExtensionPoints.ELEMENT_WIZARD,
                ImportWizardDescriptor::new, problems).open();
        exporters = new ContributionTracker<>(registry, ExtensionPoints.EXPORTERS, ExtensionPoints.ELEMENT_EXPORTER,
                ExporterDescriptor::new, problems).open();
    }

    public ContributionTracker<ModelUiDescriptor> modelUis() {
        return modelUis;
    }

    public ContributionTracker<ImportWizardDescriptor> importWizards() {
        return importWizards;
    }

    public ContributionTracker<ExporterDescriptor> exporters() {
        return exporters;
    }

    public ContributionProblems problems() {
        return problems;
    }

    /** The user interface contributed for {@code modelId}, if any (the first by name when several claim it). */
    public Optional<ModelUiDescriptor> modelUiFor(String modelId) {
        return modelUis.descriptors().stream().filter(d -> d.modelId().equals(modelId)).findFirst();
    }

    @Override
    public void close() {
        modelUis.close();
        importWizards.close();
        exporters.close();
    }
}
