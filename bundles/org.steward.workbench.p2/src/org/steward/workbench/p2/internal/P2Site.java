package org.steward.workbench.p2.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepository;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;

import org.steward.workbench.internal.install.InstallException;

/** An update site loaded through the agent's repository managers: its features, and its artifacts for the trust check. */
final class P2Site {

    private final URI location;
    private final IMetadataRepository metadata;
    private final IProvisioningAgent agent;

    private P2Site(URI location, IMetadataRepository metadata, IProvisioningAgent agent) {
        this.location = location;
        this.metadata = metadata;
        this.agent = agent;
    }

    static P2Site load(IProvisioningAgent agent, URI location, IProgressMonitor monitor) throws InstallException {
        IMetadataRepositoryManager manager = agent.getService(IMetadataRepositoryManager.class);
        if (manager == null) {
            throw new InstallException("p2 has no metadata repository manager in this workbench (org.steward.p2.feature missing?)");
        }
        try {
            return new P2Site(location, manager.loadRepository(location, monitor), agent);
        } catch (ProvisionException e) {
            throw new InstallException(location + " could not be read as an update site: " + e.getMessage(), e);
        } catch (OperationCanceledException e) {
            throw new InstallException("reading " + location + " was cancelled", e);
        }
    }

    URI location() {
        return location;
    }

    /** Every feature of the site (the latest version of each), with or without categories, by name. */
    List<SiteFeature> features(IProgressMonitor monitor) {
        List<SiteFeature> list = new ArrayList<>();
        for (IInstallableUnit iu : metadata.query(QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()), monitor)) {
            if (!QueryUtil.isProduct(iu)) {
                list.add(SiteFeature.of(iu));
            }
        }
        list.sort(Comparator.comparing(SiteFeature::name, String.CASE_INSENSITIVE_ORDER).thenComparing(SiteFeature::id));
        return list;
    }

    /** The group unit of feature {@code id}, latest version. */
    IInstallableUnit group(String id) throws InstallException {
        var found = metadata.query(QueryUtil.createLatestQuery(QueryUtil.createIUQuery(id + SiteFeature.GROUP_SUFFIX)), null);
        if (found.isEmpty()) {
            throw new InstallException("the update site " + location + " has no feature '" + id + "'");
        }
        return found.iterator().next();
    }

    IArtifactRepository artifacts(IProgressMonitor monitor) throws InstallException {
        IArtifactRepositoryManager manager = agent.getService(IArtifactRepositoryManager.class);
        try {
            return manager.loadRepository(location, monitor);
        } catch (ProvisionException e) {
            throw new InstallException(location + " has no readable artifact repository: " + e.getMessage(), e);
        }
    }
}
