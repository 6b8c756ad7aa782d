package org.steward.competitor.model;

import java.util.List;

/** A fixed term people may write by id, English or Chinese name, or an alias (activities, forces, profit models). */
public interface NamedTerm {

    String id();

    String english();

    String chinese();

    List<String> aliases();
}
