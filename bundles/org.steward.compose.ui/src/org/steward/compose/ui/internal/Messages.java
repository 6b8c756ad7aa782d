package org.steward.compose.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the composition wizard: {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.steward.compose.ui.internal.messages";

    public static String Wizard_title;
    public static String Source_title;
    public static String Source_description;
    public static String Source_home;
    public static String Source_homeHint;
    public static String Source_site;
    public static String Source_siteHint;
    public static String Source_browse;
    public static String Source_chooseHome;
    public static String Source_chooseSite;
    public static String Source_found;
    public static String Source_noFeatures;
    public static String Source_siteProblems;
    public static String Features_title;
    public static String Features_description;
    public static String Features_feature;
    public static String Features_id;
    public static String Features_version;
    public static String Features_models;
    public static String Features_noModels;
    public static String Features_chosen;
    public static String Branding_title;
    public static String Branding_description;
    public static String Branding_name;
    public static String Branding_id;
    public static String Branding_perspective;
    public static String Branding_defaultPerspective;
    public static String Branding_splash;
    public static String Branding_icon;
    public static String Branding_out;
    public static String Branding_offline;
    public static String Branding_command;
    public static String Branding_chooseSplash;
    public static String Branding_chooseIcon;
    public static String Branding_chooseOut;
    public static String Branding_noPreview;
    public static String Job_name;
    public static String Result_title;
    public static String Result_done;
    public static String Result_failed;
    public static String Result_canceled;
    public static String Result_workbench;
    public static String Result_node;
    public static String Result_models;
    public static String Result_modelId;
    public static String Result_modelName;
    public static String Result_noModels;
    public static String Result_modelsProblem;
    public static String Result_logTail;
    public static String Result_output;
    public static String Result_open;
    public static String Result_startFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
