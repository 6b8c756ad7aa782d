package org.steward.partner.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the partner UI: {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.steward.partner.ui.internal.messages";

    public static String Project_label;
    public static String Reload;
    public static String Tab_list;
    public static String Tab_board;
    public static String Tab_screening;
    public static String Col_id;
    public static String Col_name;
    public static String Col_location;
    public static String Col_parameters;
    public static String Col_rdStaff;
    public static String Col_patents;
    public static String Col_certifications;
    public static String Col_price;
    public static String Col_stage;
    public static String Col_status;
    public static String Col_reasons;
    public static String Stage_none;
    public static String Vendors_problems;
    public static String Vendors_none;
    public static String Screening_rules;
    public static String Screening_apply;
    public static String Screening_save;
    public static String Screening_result;
    public static String Screening_shortlisted;
    public static String Screening_excluded;
    public static String Tab_pairwise;
    public static String Tab_ranking;
    public static String Tab_sample;
    public static String File_label;
    public static String Pairwise_hint;
    public static String Pairwise_consistent;
    public static String Pairwise_inconsistent;
    public static String Pairwise_error;
    public static String Pairwise_weights;
    public static String Pairwise_save;
    public static String Ranking_none;
    public static String Ranking_best;
    public static String Sample_range;
    public static String Sample_verdict;
    public static String Col_figure;
    public static String Col_value;
    public static String Col_limit;
    public static String Files_none;
    public static String Error_read;
    public static String Chart_topsis;
    public static String Chart_closeness;
    public static String Chart_weight;
    public static String Chart_current;
    public static String Chart_swap;
    public static String Chart_noSwap;
    public static String Chart_sensitivity;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
