package org.steward.crm.model;

/**
 * A checklist or status item.
 *
 * @param text  what is to be done
 * @param state done, pending, in-progress or open
 */
public record Task(String text, String state) {
}
