package org.steward.tracing.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the tracing UI: {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.steward.tracing.ui.internal.messages";

    public static String Alerts_confidence;
    public static String Alerts_final;
    public static String Alerts_id;
    public static String Alerts_open;
    public static String Alerts_sensors;
    public static String Alerts_start;
    public static String Alerts_state;
    public static String Alerts_top;
    public static String Cand_enterprises;
    public static String Cand_node;
    public static String Cand_rank;
    public static String Cand_score;
    public static String Chart_noData;
    public static String Chart_none;
    public static String Chart_title;
    public static String Chart_title0;
    public static String Kind_divider;
    public static String Kind_junction;
    public static String Kind_outfall;
    public static String Kind_storage;
    public static String Live_connected;
    public static String Live_connecting;
    public static String Live_counts;
    public static String Live_event;
    public static String Live_failed;
    public static String Live_job;
    public static String Live_networkFailed;
    public static String Live_noConfigAdmin;
    public static String Live_none;
    public static String Live_pushFailed;
    public static String Live_retrying;
    public static String Map_chooseFired;
    public static String Map_chooseFiredTip;
    public static String Map_clear;
    public static String Map_fit;
    public static String Map_k;
    public static String Map_legend;
    public static String Map_loadFailed;
    public static String Map_locate;
    public static String Map_locateDone;
    public static String Map_locateJob;
    public static String Map_locateNeedsFired;
    public static String Map_locateNone;
    public static String Map_noNetwork;
    public static String Map_noRunner;
    public static String Map_open;
    public static String Map_place;
    public static String Map_placeDone;
    public static String Map_placeJob;
    public static String Map_runFailed;
    public static String Map_status;
    public static String Map_sidecarFailed;
    public static String Node_candidate;
    public static String Node_enterprises;
    public static String Node_sensor;
    public static String Node_suggested;
    public static String Node_text;
    public static String State_alarm;
    public static String State_noData;
    public static String State_ok;
    public static String Timeline_empty;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
