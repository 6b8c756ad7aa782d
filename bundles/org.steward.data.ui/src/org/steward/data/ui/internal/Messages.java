package org.steward.data.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the data UI: {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.steward.data.ui.internal.messages";

    public static String Security_title;
    public static String Security_message;
    public static String Security_keyGroup;
    public static String Security_keyStored;
    public static String Security_keyMissing;
    public static String Security_create;
    public static String Security_importHint;
    public static String Security_import;
    public static String Security_keyCreated;
    public static String Security_keyImported;
    public static String Security_remoteGroup;
    public static String Security_remote;
    public static String Security_user;
    public static String Security_password;
    public static String Security_save;
    public static String Security_forget;
    public static String Security_saved;
    public static String Security_forgotten;
    public static String Security_incomplete;
    public static String Security_failed;
    public static String Security_replaceKey;
    public static String Security_sshKey;
    public static String Security_knownHosts;
    public static String Security_browse;
    public static String Security_passphrase;
    public static String Security_passphraseHint;
    public static String Security_sshIncomplete;
    public static String Security_sshKeyMissing;
    public static String Security_sshSaved;
    public static String History_locked;
    public static String History_sideBySide;
    public static String Compare_title;
    public static String Compare_version;
    public static String Compare_conflictTitle;
    public static String Status_none;
    public static String Status_text;
    public static String Status_neverBackedUp;
    public static String Backup_chooseFolder;
    public static String Backup_job;
    public static String Backup_done;
    public static String Backup_failed;
    public static String Restore_choose;
    public static String Restore_confirmTitle;
    public static String Restore_confirm;
    public static String Restore_job;
    public static String Restore_done;
    public static String Restore_failed;
    public static String Store_missing;
    public static String Server_title;
    public static String Server_port;
    public static String Server_portInvalid;
    public static String Server_started;
    public static String Server_stopped;
    public static String Server_notRunning;
    public static String Server_failed;
    public static String History_record;
    public static String History_recordHint;
    public static String History_refresh;
    public static String History_time;
    public static String History_author;
    public static String History_message;
    public static String History_compare;
    public static String History_revert;
    public static String History_sync;
    public static String History_project;
    public static String History_noProject;
    public static String History_selectTwo;
    public static String History_selectOne;
    public static String History_needRecord;
    public static String History_reverted;
    public static String History_failed;
    public static String History_noDifference;
    public static String Sync_job;
    public static String Sync_noRemote;
    public static String Sync_done;
    public static String Sync_failed;
    public static String Conflict_title;
    public static String Conflict_base;
    public static String Conflict_ours;
    public static String Conflict_theirs;
    public static String Conflict_result;
    public static String Conflict_useOurs;
    public static String Conflict_useTheirs;
    public static String Conflict_resolve;
    public static String Conflict_absent;
    public static String Crm_title;
    public static String Crm_pageTitle;
    public static String Crm_pageDescription;
    public static String Crm_file;
    public static String Crm_browse;
    public static String Crm_kind;
    public static String Crm_name;
    public static String Crm_details;
    public static String Crm_customer;
    public static String Crm_contact;
    public static String Crm_opportunity;
    public static String Crm_noImporter;
    public static String Crm_found;
    public static String Crm_notFound;
    public static String Crm_save;
    public static String Crm_saveFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
