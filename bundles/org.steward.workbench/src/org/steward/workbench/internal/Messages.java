package org.steward.workbench.internal;

import org.eclipse.osgi.util.NLS;

/** The workbench's own user-visible strings: {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.steward.workbench.internal.messages";

    public static String Window_title;
    public static String Install_action;
    public static String Install_manage;
    public static String Install_choose;
    public static String Install_title;
    public static String Install_warning;
    public static String Install_refused;
    public static String Install_done;
    public static String Install_doneRestart;
    public static String Install_none;
    public static String Install_trustNote;
    public static String Manage_title;
    public static String Manage_message;
    public static String Manage_empty;
    public static String Manage_uninstall;
    public static String Manage_removed;
    public static String Prefs_trustPolicy;
    public static String Prefs_trustAcceptAll;
    public static String Prefs_trustWarn;
    public static String Prefs_trustTrustedOnly;
    public static String Prefs_trustKeys;
    public static String Menu_file;
    public static String Menu_window;
    public static String Menu_help;
    public static String Import_action;
    public static String Import_title;
    public static String Import_none;
    public static String Import_choose;
    public static String Import_broken;
    public static String Log_severity;
    public static String Log_time;
    public static String Log_source;
    public static String Log_message;
    public static String Log_error;
    public static String Log_warning;
    public static String Navigator_waiting;
    public static String Navigator_empty;
    public static String Navigator_count;
    public static String Model_missing;
    public static String Model_cannotActivate;
    public static String Model_noParameters;
    public static String Model_run;
    public static String Model_inputFile;
    public static String Model_inputFolder;
    public static String Model_inputFileOrFolder;
    public static String Model_chooseFile;
    public static String Model_chooseFolder;
    public static String Model_fixErrors;
    public static String Model_inputMissing;
    public static String Model_inputNotFound;
    public static String Model_jobName;
    public static String Model_running;
    public static String Model_done;
    public static String Model_canceled;
    public static String Model_noRunner;
    public static String Model_failed;
    public static String Model_failedLog;
    public static String Result_partLabel;
    public static String Result_save;
    public static String Result_export;
    public static String Result_key;
    public static String Result_value;
    public static String Result_images;
    public static String Result_imageUnreadable;
    public static String Result_saving;
    public static String Result_saved;
    public static String Result_exporting;
    public static String Result_exported;
    public static String Result_exporterBroken;
    public static String Result_noExporters;
    public static String Result_writeFailed;
    public static String Prefs_description;
    public static String Prefs_workspace;
    public static String Prefs_language;
    public static String Prefs_languageSystem;
    public static String Prefs_restart;
    public static String Prefs_saveFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
