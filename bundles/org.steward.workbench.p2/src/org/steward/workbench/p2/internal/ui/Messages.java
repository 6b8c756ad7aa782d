package org.steward.workbench.p2.internal.ui;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the update-site installer: {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.steward.workbench.p2.internal.ui.messages";

    public static String Wizard_title;
    public static String Site_title;
    public static String Site_description;
    public static String Site_location;
    public static String Site_browseFolder;
    public static String Site_browseArchive;
    public static String Site_load;
    public static String Site_loading;
    public static String Site_columnName;
    public static String Site_columnId;
    public static String Site_columnVersion;
    public static String Site_columnProvider;
    public static String Site_found;
    public static String Site_none;
    public static String Site_choose;
    public static String Plan_title;
    public static String Plan_description;
    public static String Plan_computing;
    public static String Plan_features;
    public static String Plan_additions;
    public static String Plan_removals;
    public static String Plan_trust;
    public static String Plan_restart;
    public static String Plan_live;
    public static String Plan_impossible;
    public static String Plan_refused;
    public static String Plan_acceptWarnings;
    public static String Plan_nothing;
    public static String Verdict_accept;
    public static String Verdict_warn;
    public static String Verdict_reject;
    public static String Job_install;
    public static String Job_uninstall;
    public static String Result_title;
    public static String Result_installed;
    public static String Result_uninstalled;
    public static String Result_models;
    public static String Result_extensions;
    public static String Result_problems;
    public static String Result_restart;
    public static String Result_failed;
    public static String Result_none;
    public static String Installed_title;
    public static String Installed_message;
    public static String Installed_empty;
    public static String Error_title;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
