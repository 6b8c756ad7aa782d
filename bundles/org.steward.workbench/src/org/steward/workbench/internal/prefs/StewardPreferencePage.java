package org.steward.workbench.internal.prefs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceStore;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.steward.workbench.internal.Messages;

/** Window &gt; Preferences &gt; Steward: workspace folder and language, used from the next start on. */
public class StewardPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public StewardPreferencePage() {
        super(GRID);
        setDescription(Messages.Prefs_description);
    }

    @Override
    public void init(IWorkbench workbench) {
        // the store is created in doGetPreferenceStore
    }

    @Override
    protected IPreferenceStore doGetPreferenceStore() {
        Path file = StartupSettings.file();
        PreferenceStore store = new PreferenceStore(file.toString());
        store.setDefault(StartupSettings.WORKSPACE, StartupSettings.defaultWorkspace());
        store.setDefault(StartupSettings.LANGUAGE, StartupSettings.LANGUAGE_SYSTEM);
        store.setDefault(StartupSettings.TRUST_POLICY, "warn-unsigned");
        store.setDefault(StartupSettings.TRUST_KEYS, StartupSettings.defaultTrustedKeys());
        if (Files.isRegularFile(file)) {
            try {
                store.load();
            } catch (IOException e) {
                ILog.of(StewardPreferencePage.class).log(Status.warning("cannot read " + file + ": " + e.getMessage(), e));
            }
        }
        return store;
    }

    @Override
    protected void createFieldEditors() {
        addField(new DirectoryFieldEditor(StartupSettings.WORKSPACE, Messages.Prefs_workspace, getFieldEditorParent()));
        addField(new ComboFieldEditor(StartupSettings.LANGUAGE, Messages.Prefs_language, new String[][] {
                {Messages.Prefs_languageSystem, StartupSettings.LANGUAGE_SYSTEM},
                {"English", StartupSettings.LANGUAGE_ENGLISH},
                {"中文", StartupSettings.LANGUAGE_CHINESE}}, getFieldEditorParent()));
        addField(new ComboFieldEditor(StartupSettings.TRUST_POLICY, Messages.Prefs_trustPolicy, new String[][] {
                {Messages.Prefs_trustWarn, "warn-unsigned"},
                {Messages.Prefs_trustTrustedOnly, "trusted-only"},
                {Messages.Prefs_trustAcceptAll, "accept-all"}}, getFieldEditorParent()));
        addField(new DirectoryFieldEditor(StartupSettings.TRUST_KEYS, Messages.Prefs_trustKeys, getFieldEditorParent()));
        Label restart = new Label(getFieldEditorParent(), SWT.WRAP);
        restart.setText(Messages.Prefs_restart);
        GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false);
        gd.horizontalSpan = 3;
        gd.widthHint = 400;
        restart.setLayoutData(gd);
    }

    @Override
    public boolean performOk() {
        boolean ok = super.performOk();
        if (getPreferenceStore() instanceof PreferenceStore store && store.needsSaving()) {
            try {
                Files.createDirectories(StartupSettings.file().getParent());
                store.save();
            } catch (IOException e) {
                setErrorMessage(org.eclipse.osgi.util.NLS.bind(Messages.Prefs_saveFailed, StartupSettings.file(), e.getMessage()));
                return false;
            }
        }
        return ok;
    }
}
