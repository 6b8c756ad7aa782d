package org.steward.workbench.p2.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.repository.artifact.IArtifactDescriptor;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepository;
import org.steward.trust.TrustDecision;
import org.steward.trust.TrustGate;

/**
 * Judges every bundle a plan would add by the workbench's trust policy, before anything is installed: the bundle's
 * jar is fetched from the update site into a temporary file and its signature read by {@link TrustGate}, exactly as
 * for a drop-in bundle.
 */
final class TrustCheck {

    static final String BUNDLE_CLASSIFIER = "osgi.bundle";

    private final TrustGate gate;

    TrustCheck(TrustGate gate) {
        this.gate = gate;
    }

    List<BundleTrust> judge(List<IInstallableUnit> added, IArtifactRepository artifacts, IProgressMonitor monitor) {
        List<BundleTrust> list = new ArrayList<>();
        for (IInstallableUnit iu : added) {
            for (IArtifactKey key : iu.getArtifacts()) {
                if (BUNDLE_CLASSIFIER.equals(key.getClassifier())) {
                    list.add(new BundleTrust(key.getId() + " " + key.getVersion(), decide(key, artifacts, monitor)));
                }
            }
        }
        return list;
    }

    private TrustDecision decide(IArtifactKey key, IArtifactRepository artifacts, IProgressMonitor monitor) {
        IArtifactDescriptor canonical = null;
        for (IArtifactDescriptor d : artifacts.getArtifactDescriptors(key)) {
            if (d.getProperty(IArtifactDescriptor.FORMAT) == null) {
                canonical = d;
            }
        }
        if (canonical == null) {
            return new TrustDecision(TrustDecision.Verdict.REJECT, "the update site does not hold the jar of " + key.getId());
        }
        Path jar = null;
        try {
            jar = Files.createTempFile("steward-p2-trust-", ".jar");
            IStatus status;
            try (OutputStream out = Files.newOutputStream(jar)) {
                status = artifacts.getArtifact(canonical, out, monitor);
            }
            if (!status.isOK() && status.getSeverity() == IStatus.ERROR) {
                return new TrustDecision(TrustDecision.Verdict.REJECT, "cannot be fetched from the update site: "
                        + status.getMessage());
            }
            return gate.decide(jar);
        } catch (IOException e) {
            return new TrustDecision(TrustDecision.Verdict.REJECT, "cannot be fetched for the signature check: " + e.getMessage());
        } finally {
            if (jar != null) {
                try {
                    Files.deleteIfExists(jar);
                } catch (IOException e) {
                    // a temporary file; the system cleans it up
                }
            }
        }
    }
}
