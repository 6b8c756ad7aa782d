package org.steward.data.ui.internal.secure;

import java.util.Optional;

import javax.crypto.SecretKey;

import org.osgi.service.component.annotations.Component;
import org.steward.workspace.crypto.KeyException;
import org.steward.workspace.crypto.KeyProvider;

/**
 * The workbench's field key: from Eclipse secure storage (created or imported in Data › Key and credentials). Ranked
 * above the node's key file provider (0), so the workspace service uses this one in the workbench; without a stored
 * key sensitive fields open as locked.
 */
@Component(service = KeyProvider.class, property = "service.ranking:Integer=100")
public class SecureKeyComponent implements KeyProvider {

    @Override
    public Optional<SecretKey> key() throws KeyException {
        return SecureSecrets.ofDefault().key();
    }

    @Override
    public String describe() {
        return "Eclipse secure storage (" + SecureSecrets.KEY_NODE + ")";
    }
}
