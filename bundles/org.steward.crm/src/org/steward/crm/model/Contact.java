package org.steward.crm.model;

import java.util.Optional;

/**
 * A key contact of a customer. Phone and e-mail are sensitive: they are never written in plain text by Steward
 * (result files carry {@link #maskedPhone()} / {@link #maskedEmail()}; the workspace stores them encrypted).
 *
 * @param customerId the customer's number
 * @param name       name as written (often a title such as 曹总)
 * @param role       role in parentheses after the name
 * @param phone      phone number, if the overview gives one
 * @param email      e-mail, if the overview gives one
 */
public record Contact(String customerId, String name, String role, Optional<String> phone, Optional<String> email) {

    public Optional<String> maskedPhone() {
        return phone.map(Contact::maskDigits);
    }

    public Optional<String> maskedEmail() {
        return email.map(e -> {
            int at = e.indexOf('@');
            return at <= 1 ? "***" + e.substring(Math.max(at, 0)) : e.charAt(0) + "***" + e.substring(at);
        });
    }

    /** Keeps the first three and last two digits: 13812345678 → 138******78. */
    static String maskDigits(String phone) {
        String digits = phone.replaceAll("\\D", "");
        if (digits.length() <= 5) {
            return "*".repeat(digits.length());
        }
        return digits.substring(0, 3) + "*".repeat(digits.length() - 5) + digits.substring(digits.length() - 2);
    }
}
