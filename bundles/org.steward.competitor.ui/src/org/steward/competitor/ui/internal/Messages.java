package org.steward.competitor.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the competitor UI: {@code messages.properties} (English) and {@code messages_zh.properties}. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.steward.competitor.ui.internal.messages";

    public static String Lang;
    public static String List_folder;
    public static String List_open;
    public static String List_refresh;
    public static String List_name;
    public static String List_region;
    public static String List_lines;
    public static String List_relation;
    public static String List_revenue;
    public static String List_us;
    public static String Chain_record;
    public static String Chain_none;
    public static String Chain_activity;
    public static String Chain_score;
    public static String Chain_description;
    public static String Chain_evidence;
    public static String Chain_primary;
    public static String Chain_support;
    public static String Chain_scoreHint;
    public static String Chain_scoreMissing;
    public static String Chain_scoreNotNumber;
    public static String Chain_scoreRange;
    public static String Chain_save;
    public static String Chain_revert;
    public static String Comparison_record;
    public static String Comparison_meanGap;
    public static String Comparison_advantages;
    public static String Comparison_empty;
    public static String Forces_segment;
    public static String Forces_force;
    public static String Forces_mean;
    public static String Forces_by;
    public static String Forces_rating;
    public static String Forces_drivers;
    public static String Forces_overall;
    public static String Forces_attractive;
    public static String Forces_unattractive;
    public static String Forces_none;
    public static String Forces_notRated;
    public static String Profits_hint;
    public static String Profits_model;
    public static String Profits_evidence;
    public static String Profits_none;
    public static String Direction_segment;
    public static String Direction_competitor;
    public static String Direction_relation;
    public static String Direction_derived;
    public static String Direction_decided;
    public static String Direction_reasoning;
    public static String Direction_action;
    public static String Direction_choose;
    public static String Direction_derivedText;
    public static String Direction_save;
    public static String Direction_reset;
    public static String Report_button;
    public static String Report_choose;
    public static String Report_job;
    public static String Report_picture;
    public static String Report_html;
    public static String Report_done;
    public static String Report_failed;
    public static String Report_empty;
    public static String Save_chainCommit;
    public static String Save_directionCommit;
    public static String Save_failed;
    public static String Save_noWorkspace;
    public static String Save_noFrontMatter;
    public static String Save_badLine;
    public static String Save_badKey;
    public static String Comparison_legend;
    public static String Chain_discardTitle;
    public static String Chain_discard;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
