package org.steward.workspace.internal;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.SecretKey;

import org.eclipse.jgit.api.Git;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.steward.workspace.Credentials;
import org.steward.workspace.RecordIndex;
import org.steward.workspace.SensitiveFields;
import org.steward.workspace.Workspace;
import org.steward.workspace.WorkspaceException;
import org.steward.workspace.Workspaces;
import org.steward.workspace.crypto.FieldCipher;
import org.steward.workspace.crypto.KeyException;
import org.steward.workspace.crypto.KeyProvider;

/** The workspace service: opens Git workspaces with the node's key, the declared sensitive fields and the record index. */
@Component(service = Workspaces.class)
public class WorkspacesComponent implements Workspaces {

    @Reference(service = LoggerFactory.class, cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Logger logger;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile KeyProvider keys;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile RecordIndex index;

    private final Map<SensitiveFields, Boolean> declarations = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSensitiveFields(SensitiveFields declaration) {
        declarations.put(declaration, Boolean.TRUE);
    }

    void removeSensitiveFields(SensitiveFields declaration) {
        declarations.remove(declaration);
    }

    @Override
    public Workspace open(Path folder) throws WorkspaceException {
        return open(folder, nodeKeys());
    }

    @Override
    public Workspace open(Path folder, KeyProvider keyProvider) throws WorkspaceException {
        return wrap(GitWorkspace.openOrInit(folder.toAbsolutePath().normalize()), keyProvider);
    }

    @Override
    public Workspace cloneFrom(String remoteUri, Path folder, Credentials credentials) throws WorkspaceException {
        return cloneFrom(remoteUri, folder, credentials, nodeKeys());
    }

    @Override
    public Workspace cloneFrom(String remoteUri, Path folder, Credentials credentials, KeyProvider keyProvider) throws WorkspaceException {
        Workspace ws = wrap(GitWorkspace.cloneInto(remoteUri, folder.toAbsolutePath().normalize(), credentials), keyProvider);
        try {
            ws.reindex();
        } catch (WorkspaceException e) {
            warn("record index of " + folder + " not built after clone: " + e.getMessage());
        }
        return ws;
    }

    private KeyProvider nodeKeys() {
        KeyProvider k = keys;
        return k == null ? KeyProvider.NONE : k;
    }

    private Workspace wrap(Git git, KeyProvider keyProvider) {
        Optional<FieldCipher> cipher;
        try {
            Optional<SecretKey> key = keyProvider.key();
            cipher = key.map(FieldCipher::new);
        } catch (KeyException e) {
            warn(e.getMessage() + " Sensitive fields stay locked.");
            cipher = Optional.empty();
        }
        FieldSealer sealer = new FieldSealer(this::sensitive, cipher, keyProvider.describe());
        return new GitWorkspace(git, sealer, () -> Optional.ofNullable(index), this::warn);
    }

    /** Defaults plus what bundles declared for this type (or for every type, "*"). */
    Set<String> sensitive(String type) {
        Set<String> out = new HashSet<>(SensitiveFields.DEFAULTS);
        for (SensitiveFields d : declarations.keySet()) {
            if (d.type().equals(type) || d.type().equals("*")) {
                out.addAll(d.fields());
            }
        }
        return out;
    }

    private void warn(String message) {
        Logger l = logger;
        if (l != null) {
            l.warn(message);
        } else {
            System.getLogger("org.steward.workspace").log(System.Logger.Level.WARNING, message);
        }
    }
}
