package org.steward.crm.analytics;

/**
 * A referral person or channel.
 *
 * @param record where it came from
 * @param name   the person's or channel's name
 * @param kind   {@code person} or {@code channel}
 */
public record ReferralSource(String record, String name, String kind) {
}
