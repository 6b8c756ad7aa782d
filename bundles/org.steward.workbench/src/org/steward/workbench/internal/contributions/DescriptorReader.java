package org.steward.workbench.internal.contributions;

import org.eclipse.core.runtime.IConfigurationElement;

/** Turns one extension element into a descriptor, or says why it cannot. */
@FunctionalInterface
public interface DescriptorReader<D extends ContributionDescriptor> {

    D read(IConfigurationElement element) throws InvalidContributionException;
}
