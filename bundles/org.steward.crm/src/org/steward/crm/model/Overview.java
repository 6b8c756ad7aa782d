package org.steward.crm.model;

import java.util.List;

/**
 * Everything read from a customer-relationship overview, plus its layout so that it can be written back in the
 * same shape: sections Steward does not understand stay in {@link #layout()} verbatim.
 *
 * @param customers     head customers and graded pool customers
 * @param contacts      key contacts
 * @param opportunities active opportunities
 * @param referrals     referral people and channels
 * @param changeLog     the change log
 * @param layout        the document as blocks: verbatim text or a place where records are rendered
 * @param warnings      what could not be read, each naming the line and what was expected
 */
public record Overview(List<Customer> customers, List<Contact> contacts, List<Opportunity> opportunities,
                       List<Referral> referrals, List<ChangeLogEntry> changeLog, List<Block> layout, List<String> warnings) {

    /** A piece of the document. */
    public sealed interface Block permits Verbatim, CustomerBlock, OpportunityTable, ChangeLogTable {
    }

    /** Text kept as it was. */
    public record Verbatim(String text) implements Block {
    }

    /** Where the head customer with this id (or name, when it has no id) is rendered. */
    public record CustomerBlock(String key) implements Block {
    }

    /** Where the table of active opportunities is rendered. */
    public record OpportunityTable() implements Block {
    }

    /** Where the change-log table is rendered. */
    public record ChangeLogTable() implements Block {
    }
}
