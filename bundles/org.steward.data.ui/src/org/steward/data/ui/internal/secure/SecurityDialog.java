package org.steward.data.ui.internal.secure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.steward.data.ui.internal.Messages;
import org.steward.workspace.Credentials;
import org.steward.workspace.SshKey;
import org.steward.workspace.crypto.KeyException;

/**
 * Creates or imports the workspace's field key and enters the secrets of a remote, all kept in Eclipse secure storage:
 * the user and password of an HTTPS remote, or the private key file, known_hosts file and key passphrase of an SSH
 * remote ({@code ssh://...} or {@code git@host:path}). Passwords and passphrases are typed into password fields and
 * never shown again.
 */
public final class SecurityDialog extends TitleAreaDialog {
    public static final String KEY_STATUS = "data.security.keyStatus";
    public static final String CREATE = "data.security.create";
    public static final String IMPORT_TEXT = "data.security.importText";
    public static final String IMPORT = "data.security.import";
    public static final String REMOTE = "data.security.remote";
    public static final String USER = "data.security.user";
    public static final String PASSWORD = "data.security.password";
    public static final String SAVE = "data.security.save";
    public static final String FORGET = "data.security.forget";
    public static final String SSH_KEY = "data.security.sshKey";
    public static final String SSH_KEY_BROWSE = "data.security.sshKeyBrowse";
    public static final String KNOWN_HOSTS = "data.security.knownHosts";
    public static final String KNOWN_HOSTS_BROWSE = "data.security.knownHostsBrowse";
    public static final String PASSPHRASE = "data.security.passphrase";

    private final SecureSecrets secrets;
    private final String initialRemote;
    private Label keyStatus;
    private Text importText;
    private Text remote;
    private Text user;
    private Text password;
    private Text sshKey;
    private Text knownHosts;
    private Text passphrase;
    private Button sshKeyBrowse;
    private Button knownHostsBrowse;

    public SecurityDialog(Shell parent, SecureSecrets secrets, String remote) {
        super(parent);
        this.secrets = secrets;
        this.initialRemote = remote;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Security_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Security_title);
        setMessage(Messages.Security_message);
        Composite body = new Composite(area, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

        Group key = new Group(body, SWT.NONE);
        key.setText(Messages.Security_keyGroup);
        key.setLayout(new GridLayout(3, false));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(key);
        keyStatus = new Label(key, SWT.WRAP);
        keyStatus.setData("steward.widget", KEY_STATUS);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(420, SWT.DEFAULT).applyTo(keyStatus);
        button(key, Messages.Security_create, CREATE, this::createKey);
        importText = new Text(key, SWT.BORDER | SWT.PASSWORD);
        importText.setMessage(Messages.Security_importHint);
        importText.setData("steward.widget", IMPORT_TEXT);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(importText);
        button(key, Messages.Security_import, IMPORT, this::importKey);

        Group cred = new Group(body, SWT.NONE);
        cred.setText(Messages.Security_remoteGroup);
        cred.setLayout(new GridLayout(3, false));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(cred);
        remote = field(cred, Messages.Security_remote, REMOTE, SWT.BORDER);
        remote.setText(initialRemote);
        user = field(cred, Messages.Security_user, USER, SWT.BORDER);
        password = field(cred, Messages.Security_password, PASSWORD, SWT.BORDER | SWT.PASSWORD);
        sshKey = fileField(cred, Messages.Security_sshKey, SSH_KEY);
        sshKeyBrowse = button(cred, Messages.Security_browse, SSH_KEY_BROWSE, () -> browse(sshKey, Messages.Security_sshKey));
        knownHosts = fileField(cred, Messages.Security_knownHosts, KNOWN_HOSTS);
        knownHostsBrowse = button(cred, Messages.Security_browse, KNOWN_HOSTS_BROWSE, () -> browse(knownHosts, Messages.Security_knownHosts));
        passphrase = field(cred, Messages.Security_passphrase, PASSPHRASE, SWT.BORDER | SWT.PASSWORD);
        passphrase.setMessage(Messages.Security_passphraseHint);
        Composite buttons = new Composite(cred, SWT.NONE);
        buttons.setLayout(new GridLayout(2, true));
        GridDataFactory.fillDefaults().span(3, 1).align(SWT.END, SWT.CENTER).applyTo(buttons);
        button(buttons, Messages.Security_save, SAVE, this::saveCredentials);
        button(buttons, Messages.Security_forget, FORGET, this::forgetCredentials);
        remote.addListener(SWT.Modify, e -> showRemote());
        showKeyStatus();
        showRemote();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    private void showKeyStatus() {
        keyStatus.setText(secrets.hasKey() ? Messages.Security_keyStored : Messages.Security_keyMissing);
    }

    /**
     * Enables the fields of the remote's kind (HTTPS: user and password; SSH: key file, known_hosts and passphrase) and
     * shows what is stored for it (never the password or passphrase).
     */
    private void showRemote() {
        boolean ssh = SshKey.isSshRemote(remote.getText());
        for (Control c : new Control[] {user, password}) {
            c.setEnabled(!ssh);
        }
        for (Control c : new Control[] {sshKey, sshKeyBrowse, knownHosts, knownHostsBrowse, passphrase}) {
            c.setEnabled(ssh);
        }
        if (remote.getText().isBlank()) {
            return;
        }
        try {
            if (ssh) {
                Optional<SshKey> k = secrets.sshKeyFiles(remote.getText());
                sshKey.setText(k.map(x -> x.privateKey().toString()).orElse(""));
                knownHosts.setText(k.map(x -> x.knownHosts().toString()).orElseGet(SecurityDialog::defaultKnownHosts));
            } else {
                Optional<Credentials.Secret> s = secrets.credentials(remote.getText());
                s.ifPresent(secret -> user.setText(secret.user()));
            }
        } catch (StorageException e) {
            setErrorMessage(NLS.bind(Messages.Security_failed, e.getMessage()));
        }
    }

    /** ~/.ssh/known_hosts, where ssh itself keeps the host keys the user has checked. */
    private static String defaultKnownHosts() {
        return Path.of(System.getProperty("user.home"), ".ssh", "known_hosts").toString();
    }

    private void browse(Text target, String title) {
        FileDialog d = new FileDialog(getShell(), SWT.OPEN);
        d.setText(title);
        String current = target.getText().isBlank() ? Path.of(System.getProperty("user.home"), ".ssh").toString() : target.getText();
        Path p = Path.of(current);
        d.setFilterPath(Files.isDirectory(p) ? p.toString() : p.getParent() == null ? current : p.getParent().toString());
        String chosen = d.open();
        if (chosen != null) {
            target.setText(chosen);
        }
    }

    /** Replacing a key locks every value encrypted with the old one: the user confirms first. */
    private boolean replaceConfirmed() {
        return !secrets.hasKey() || MessageDialog.openConfirm(getShell(), Messages.Security_title, Messages.Security_replaceKey);
    }

    private void createKey() {
        if (!replaceConfirmed()) {
            return;
        }
        try {
            secrets.createKey();
            setErrorMessage(null);
            setMessage(Messages.Security_keyCreated);
        } catch (StorageException | IOException e) {
            setErrorMessage(NLS.bind(Messages.Security_failed, e.getMessage()));
        }
        showKeyStatus();
    }

    private void importKey() {
        if (!replaceConfirmed()) {
            return;
        }
        try {
            secrets.importKey(importText.getText());
            importText.setText("");
            setErrorMessage(null);
            setMessage(Messages.Security_keyImported);
        } catch (KeyException | StorageException | IOException e) {
            setErrorMessage(NLS.bind(Messages.Security_failed, e.getMessage()));
        }
        showKeyStatus();
    }

    private void saveCredentials() {
        if (SshKey.isSshRemote(remote.getText())) {
            saveSshKey();
            return;
        }
        if (remote.getText().isBlank() || user.getText().isBlank() || password.getText().isEmpty()) {
            setErrorMessage(Messages.Security_incomplete);
            return;
        }
        try {
            secrets.storeCredentials(remote.getText(), user.getText().strip(), password.getTextChars());
            password.setText("");
            setErrorMessage(null);
            setMessage(NLS.bind(Messages.Security_saved, remote.getText()));
        } catch (StorageException | IOException e) {
            setErrorMessage(NLS.bind(Messages.Security_failed, e.getMessage()));
        }
    }

    /** The key file must exist and not be the public half; known_hosts may not exist yet (the error on sync says how to fill it). */
    private void saveSshKey() {
        if (sshKey.getText().isBlank() || knownHosts.getText().isBlank()) {
            setErrorMessage(Messages.Security_sshIncomplete);
            return;
        }
        Path key = Path.of(sshKey.getText().strip());
        if (!Files.isRegularFile(key) || key.getFileName().toString().endsWith(".pub")) {
            setErrorMessage(NLS.bind(Messages.Security_sshKeyMissing, key));
            return;
        }
        try {
            secrets.storeSshKey(remote.getText(), key, Path.of(knownHosts.getText().strip()), passphrase.getTextChars());
            passphrase.setText("");
            setErrorMessage(null);
            setMessage(NLS.bind(Messages.Security_sshSaved, remote.getText()));
        } catch (StorageException | IOException e) {
            setErrorMessage(NLS.bind(Messages.Security_failed, e.getMessage()));
        }
    }

    private void forgetCredentials() {
        try {
            secrets.removeCredentials(remote.getText());
            user.setText("");
            password.setText("");
            sshKey.setText("");
            passphrase.setText("");
            setErrorMessage(null);
            setMessage(NLS.bind(Messages.Security_forgotten, remote.getText()));
        } catch (IOException e) {
            setErrorMessage(NLS.bind(Messages.Security_failed, e.getMessage()));
        }
    }

    private static Text field(Composite parent, String label, String id, int style) {
        Text t = fileField(parent, label, id, style);
        int columns = ((GridLayout) parent.getLayout()).numColumns;
        GridDataFactory.fillDefaults().grab(true, false).span(columns - 1, 1).applyTo(t);
        return t;
    }

    /** A label and a text that leave the last column to a button. */
    private static Text fileField(Composite parent, String label, String id) {
        return fileField(parent, label, id, SWT.BORDER);
    }

    private static Text fileField(Composite parent, String label, String id, int style) {
        new Label(parent, SWT.NONE).setText(label);
        Text t = new Text(parent, style);
        t.setData("steward.widget", id);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(t);
        return t;
    }

    private static Button button(Composite parent, String label, String id, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(label);
        b.setData("steward.widget", id);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }
}
