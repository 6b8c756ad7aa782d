package org.steward.crm.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the CRM views: {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.steward.crm.ui.internal.messages";

    public static String Project_label;
    public static String Project_refresh;
    public static String Project_problems;
    public static String Project_unreadable;
    public static String Board_total;
    public static String Board_column;
    public static String Board_card;
    public static String Board_moveTo;
    public static String Board_moved;
    public static String Board_moveFailed;
    public static String Board_commitMessage;
    public static String Board_probabilityOwn;
    public static String Customers_title;
    public static String Customers_contacts;
    public static String Customers_id;
    public static String Customers_name;
    public static String Customers_parkType;
    public static String Customers_region;
    public static String Customers_source;
    public static String Customers_grade;
    public static String Customers_health;
    public static String Customers_lifecycle;
    public static String Customers_ltv;
    public static String Contacts_name;
    public static String Contacts_role;
    public static String Contacts_customer;
    public static String Contacts_phone;
    public static String Contacts_email;
    public static String Contacts_locked;
    public static String Contacts_wrongKey;
    public static String Contacts_unavailable;
    public static String Charts_pipeline;
    public static String Charts_funnel;
    public static String Charts_health;
    public static String Charts_abc;
    public static String Charts_lifecycle;
    public static String Charts_ltv;
    public static String Charts_channels;
    public static String Lifecycle_acquisition;
    public static String Lifecycle_activation;
    public static String Lifecycle_retention;
    public static String Lifecycle_revenue;
    public static String Lifecycle_referral;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    /** The lifecycle stage's name in the user's language. */
    public static String lifecycle(String stage) {
        return switch (stage) {
            case "acquisition" -> Lifecycle_acquisition;
            case "activation" -> Lifecycle_activation;
            case "retention" -> Lifecycle_retention;
            case "revenue" -> Lifecycle_revenue;
            case "referral" -> Lifecycle_referral;
            default -> stage;
        };
    }
}
