package org.steward.data.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Optional;

import javax.crypto.SecretKey;
import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.steward.data.ui.internal.history.SyncJob;
import org.steward.data.ui.internal.secure.SecureSecrets;
import org.steward.data.ui.internal.secure.SecurityDialog;
import org.steward.testing.OpenSshServer;
import org.steward.workbench.testing.Ui;
import org.steward.workspace.Author;
import org.steward.workspace.Credentials;
import org.steward.workspace.FieldValue;
import org.steward.workspace.Record;
import org.steward.workspace.SshKey;
import org.steward.workspace.RecordKey;
import org.steward.workspace.Workspace;
import org.steward.workspace.Workspaces;
import org.steward.workspace.crypto.KeyException;

/**
 * The field key and remote credentials in Eclipse secure storage: a private storage file for the storage rules, and
 * the workbench's default storage (its keyring is under target/, see the pom) through the real dialog, the real key
 * provider component and the real workspace service.
 */
class SecurityTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String PHONE = "13912345678";

    @BeforeAll
    static void workbenchIsUp() throws Exception {
        Ui.await("the workbench window", WAIT, () -> PlatformUI.isWorkbenchRunning()
                && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0 ? Optional.of(true) : Optional.empty());
    }

    @Test
    void keyAndCredentialsAreStoredEncryptedAndBadKeysAreRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("secure_storage");
        ISecurePreferences root = SecurePreferencesFactory.open(file.toUri().toURL(),
                Map.of(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test master".toCharArray()), IProviderHints.PROMPT_USER, false));
        SecureSecrets secrets = new SecureSecrets(root);
        assertFalse(secrets.hasKey());
        assertEquals(Optional.empty(), secrets.key());

        KeyException notBase64 = assertThrows(KeyException.class, () -> secrets.importKey("this is not a key"));
        assertTrue(notBase64.getMessage().contains("the imported key"), notBase64.getMessage());
        String sixteenBytes = Base64.getEncoder().encodeToString(new byte[16]);
        KeyException tooShort = assertThrows(KeyException.class, () -> secrets.importKey(sixteenBytes));
        assertTrue(tooShort.getMessage().contains("16"), tooShort.getMessage());
        assertFalse(secrets.hasKey(), "a refused key is not stored");

        SecretKey created = secrets.createKey();
        assertTrue(secrets.hasKey());
        assertArrayEquals(created.getEncoded(), secrets.key().orElseThrow().getEncoded());
        String keyText = Base64.getEncoder().encodeToString(created.getEncoded());

        String remote = "https://git.example.org/steward/records.git";
        String password = "pa55-" + System.nanoTime();
        secrets.storeCredentials(remote, "ann", password.toCharArray());
        Credentials.Secret secret = secrets.asCredentials().lookup(remote).orElseThrow();
        assertEquals("ann", secret.user());
        assertEquals(password, new String(secret.password()));
        assertEquals(Optional.empty(), secrets.asCredentials().lookup("https://other.example.org/x.git"));

        String stored = Files.readString(file, StandardCharsets.ISO_8859_1);
        assertFalse(stored.contains(password), "the password is encrypted in the storage file");
        assertFalse(stored.contains(keyText), "the key is encrypted in the storage file");
        assertFalse(stored.contains("ann"), "the user is encrypted too");

        secrets.removeCredentials(remote);
        assertEquals(Optional.empty(), secrets.credentials(remote));
    }

    @Test
    void theDialogCreatesTheKeyTheWorkspaceUsesItAndWithoutItPhonesAreLocked(@TempDir Path project) throws Exception {
        SecureSecrets secrets = SecureSecrets.ofDefault();
        secrets.removeKey();
        Workspaces workspaces = service(Workspaces.class);
        RecordKey key = new RecordKey("contact", "p-7");
        Author ann = new Author("Ann Tester", "ann@example.org");

        SecurityDialog dialog = Ui.sync(() -> {
            SecurityDialog d = new SecurityDialog(Ui.shell(), secrets, "https://git.example.org/steward/records.git");
            d.setBlockOnOpen(false);
            d.open();
            return d;
        });
        try {
            Ui.settle();
            String before = Ui.sync(() -> in(dialog, Label.class, SecurityDialog.KEY_STATUS).map(Label::getText).orElse(""));
            assertTrue(before.startsWith("No field key"), before);
            click(dialog, SecurityDialog.CREATE);
            String after = Ui.sync(() -> in(dialog, Label.class, SecurityDialog.KEY_STATUS).map(Label::getText).orElse(""));
            assertTrue(after.startsWith("A field key is stored"), after);

            String password = "tok-" + System.nanoTime();
            Ui.sync(() -> {
                in(dialog, Text.class, SecurityDialog.USER).orElseThrow().setText("ann");
                in(dialog, Text.class, SecurityDialog.PASSWORD).orElseThrow().setText(password);
                return null;
            });
            click(dialog, SecurityDialog.SAVE);
            assertEquals("", Ui.sync(() -> in(dialog, Text.class, SecurityDialog.PASSWORD).orElseThrow().getText()),
                    "the password field is cleared after saving");
            Credentials.Secret saved = secrets.credentials("https://git.example.org/steward/records.git").orElseThrow();
            assertEquals("ann", saved.user());
            assertEquals(password, new String(saved.password()));
            Ui.sync(() -> {
                in(dialog, Text.class, SecurityDialog.PASSWORD).orElseThrow().setText("not saved");
                return null;
            });
            Ui.settle();
            Ui.screenshot("data-security-dialog", () -> dialog.getShell());
        } finally {
            Ui.sync(() -> dialog.close());
        }

        // the workspace service now encrypts with the key from secure storage (the key component, ranking 100)
        try (Workspace ws = workspaces.open(project)) {
            ws.save(new Record(key, Map.of("name", new FieldValue.Text("李工"), "phone", new FieldValue.Text(PHONE)), ""), "add", ann);
            assertEquals(Optional.of(PHONE), ws.load(key).text("phone"));
        }
        String raw = Files.readString(project.resolve("contact/p-7.md"), StandardCharsets.UTF_8);
        assertFalse(raw.contains(PHONE), raw);
        assertTrue(raw.contains("phone: enc:v1:"), raw);

        // without the key the record still opens; the phone is locked and nothing is overwritten
        secrets.removeKey();
        try (Workspace ws = workspaces.open(project)) {
            Record locked = ws.load(key);
            assertEquals(Optional.of("李工"), locked.text("name"));
            assertInstanceOf(FieldValue.Locked.class, locked.field("phone").orElseThrow());
        }
        assertEquals(raw, Files.readString(project.resolve("contact/p-7.md"), StandardCharsets.UTF_8));
        secrets.removeCredentials("https://git.example.org/steward/records.git");
    }

    /**
     * An SSH remote end to end: the dialog stores the key file, known_hosts and passphrase (encrypted) for an ssh://
     * remote, and Sync pushes through a real OpenSSH server with them; a wrong stored passphrase fails the sync with the
     * workspace's message naming the key. Commits are counted in the bare repository with Debian git, not through the
     * workspace.
     */
    @Test
    void syncOverSshUsesTheKeyAndPassphraseSavedInTheDialog(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("secure_storage");
        ISecurePreferences root = SecurePreferencesFactory.open(file.toUri().toURL(),
                Map.of(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test master".toCharArray()), IProviderHints.PROMPT_USER, false));
        SecureSecrets secrets = new SecureSecrets(root);
        try (OpenSshServer sshd = OpenSshServer.start(dir.resolve("sshd"))) {
            Path bare = dir.resolve("srv/records.git");
            git("init", "-q", "--bare", "-b", "main", bare.toString());
            String url = sshd.url(bare);
            String passphrase = "pp-" + System.nanoTime();
            Path key = OpenSshServer.keygen(dir.resolve("ssh/id_ed25519"), passphrase);
            sshd.authorize(Path.of(key + ".pub"));
            Path knownHosts = dir.resolve("ssh/known_hosts");
            Files.writeString(knownHosts, sshd.knownHostsLine() + "\n");

            SecurityDialog dialog = Ui.sync(() -> {
                SecurityDialog d = new SecurityDialog(Ui.shell(), secrets, url);
                d.setBlockOnOpen(false);
                d.open();
                return d;
            });
            try {
                Ui.settle();
                assertFalse(Ui.sync(() -> in(dialog, Text.class, SecurityDialog.USER).orElseThrow().isEnabled()), "no user for SSH");
                assertTrue(Ui.sync(() -> in(dialog, Text.class, SecurityDialog.SSH_KEY).orElseThrow().isEnabled()));
                Ui.sync(() -> {
                    in(dialog, Text.class, SecurityDialog.SSH_KEY).orElseThrow().setText(key.toString());
                    in(dialog, Text.class, SecurityDialog.KNOWN_HOSTS).orElseThrow().setText(knownHosts.toString());
                    in(dialog, Text.class, SecurityDialog.PASSPHRASE).orElseThrow().setText(passphrase);
                    return null;
                });
                click(dialog, SecurityDialog.SAVE);
                assertEquals("", Ui.sync(() -> in(dialog, Text.class, SecurityDialog.PASSPHRASE).orElseThrow().getText()),
                        "the passphrase field is cleared after saving");
                Ui.settle();
                Ui.screenshot("data-security-dialog-ssh", () -> dialog.getShell());
            } finally {
                Ui.sync(() -> dialog.close());
            }
            SshKey saved = secrets.sshKey(url).orElseThrow();
            assertEquals(new SshKey(key, knownHosts, passphrase.toCharArray()), saved);
            assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains(passphrase), "the passphrase is encrypted");

            Path project = dir.resolve("a");
            try (Workspace ws = service(Workspaces.class).open(project)) {
                ws.save(new Record(new RecordKey("note", "n-1"), Map.of("title", new FieldValue.Text("Pump station")), ""), "add",
                        new Author("Ann Tester", "ann@example.org"));
                ws.setRemote(url);
            }
            List<String> messages = new CopyOnWriteArrayList<>();
            SyncJob.Reporter reporter = new SyncJob.Reporter() {
                @Override
                public void inform(String message) {
                    messages.add(message);
                }

                @Override
                public void conflicts(List<org.steward.workspace.Conflict> conflicts) {
                    messages.add("conflicts " + conflicts);
                }
            };
            IStatus ok = run(new SyncJob(project, reporter, secrets.asCredentials()));
            assertTrue(ok.isOK(), ok.toString());
            assertTrue(messages.size() == 1 && messages.get(0).startsWith("Synchronised"), messages.toString());
            assertEquals("1", git("--git-dir", bare.toString(), "rev-list", "--count", "main"), "the commit reached the server");
            assertTrue(sshd.log().contains("Accepted publickey"), sshd.log());

            secrets.storeSshKey(url, key, knownHosts, "wrong".toCharArray());
            IStatus failed = run(new SyncJob(project, reporter, secrets.asCredentials()));
            assertEquals(IStatus.ERROR, failed.getSeverity());
            assertTrue(failed.getMessage().contains("passphrase does not open the SSH key " + key), failed.getMessage());
        }
    }

    private static IStatus run(Job job) throws InterruptedException {
        job.schedule();
        if (!job.join(WAIT.toMillis(), null)) {
            throw new AssertionError(job.getName() + " did not finish in " + WAIT);
        }
        return job.getResult();
    }

    /** Debian git, to look at the bare repository independently of the workspace; its output, stripped. */
    private static String git(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), command + ": " + out);
        return out;
    }

    /** A control of the dialog's own shell (Ui.find looks under the main window only). */
    private static <T extends org.eclipse.swt.widgets.Control> Optional<T> in(SecurityDialog dialog, Class<T> type, String id) {
        return Ui.find(dialog.getShell(), type, c -> id.equals(c.getData("steward.widget")));
    }

    private static void click(SecurityDialog dialog, String id) throws InterruptedException {
        Ui.sync(() -> {
            Button b = in(dialog, Button.class, id).orElseThrow(() -> new AssertionError("no button " + id));
            b.notifyListeners(SWT.Selection, null);
            return null;
        });
        Ui.settle();
    }

    private static <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(FrameworkUtil.getBundle(SecurityTest.class).getBundleContext(), type, null);
        tracker.open();
        try {
            T s = tracker.waitForService(WAIT.toMillis());
            if (s == null) {
                throw new AssertionError(type.getName() + " service is not running in the test runtime");
            }
            return s;
        } finally {
            tracker.close();
        }
    }
}
