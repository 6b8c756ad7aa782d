package org.steward.workspace;

import java.util.Set;

/**
 * A service a bundle registers to declare which fields of a record type are sensitive (encrypted before they reach a
 * file), beyond the defaults {@link #DEFAULTS} that apply to every type.
 */
public interface SensitiveFields {

    /** Sensitive in every record type. */
    Set<String> DEFAULTS = Set.of("phone", "mobile", "email", "idNumber");

    /** The record type this declaration is for, e.g. {@code customer}; {@code *} for every type. */
    String type();

    /** Field names that are sensitive in that type. */
    Set<String> fields();
}
