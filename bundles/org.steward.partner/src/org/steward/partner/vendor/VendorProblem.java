package org.steward.partner.vendor;

/**
 * Something wrong in a vendor record (or a screening rules file): where it is and what to do about it.
 *
 * @param file    the file name
 * @param line    1-based line number (0 when the problem concerns the whole file)
 * @param field   the field concerned
 * @param message what is wrong and how to fix it, in the user's language
 */
public record VendorProblem(String file, int line, String field, String message) {
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + field + ": " + message;
    }
}
