package org.steward.customer.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the customer UI: {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.steward.customer.ui.internal.messages";

    public static String Folder;
    public static String Browse;
    public static String Analyse;
    public static String Cancel;
    public static String ChooseFolder;
    public static String Job;
    public static String JobSegment;
    public static String Analysed;
    public static String Failed;
    public static String Canceled;
    public static String TabTranscript;
    public static String TabTerms;
    public static String TabMap;
    public static String TabClusters;
    public static String TabSegments;
    public static String Import;
    public static String Save;
    public static String SaveRecords;
    public static String Encoding;
    public static String Imported;
    public static String ImportFailed;
    public static String Saved;
    public static String RecordsSaved;
    public static String RecordsFailed;
    public static String NoWorkspace;
    public static String ColTerm;
    public static String ColTf;
    public static String ColDf;
    public static String ColTfidf;
    public static String ColTextRank;
    public static String ColCluster;
    public static String ZoomIn;
    public static String ZoomOut;
    public static String ZoomReset;
    public static String MapHint;
    public static String TermIn;
    public static String Cluster;
    public static String SegmentBy;
    public static String ByParkType;
    public static String ByRegion;
    public static String Group;
    public static String KeynessTitle;
    public static String NoSegments;
    public static String DictTerms;
    public static String DictStop;
    public static String DictProject;
    public static String DictSaved;
    public static String DictInvalid;
    public static String Shipped;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
