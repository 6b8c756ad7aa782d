package org.steward.workbench.p2.internal;

import org.eclipse.core.runtime.IStatus;

/** A status with its children as one text, for reports. */
final class Statuses {

    private Statuses() {
    }

    static String describe(IStatus status) {
        StringBuilder text = new StringBuilder(status.getMessage());
        append(status, text, "\n  ");
        if (status.getException() != null && status.getException().getMessage() != null
                && !text.toString().contains(status.getException().getMessage())) {
            text.append(" — ").append(status.getException().getMessage());
        }
        return text.toString();
    }

    private static void append(IStatus status, StringBuilder text, String indent) {
        for (IStatus child : status.getChildren()) {
            text.append(indent).append(child.getMessage());
            append(child, text, indent + "  ");
        }
    }
}
