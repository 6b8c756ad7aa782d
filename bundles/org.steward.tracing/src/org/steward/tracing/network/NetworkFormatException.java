package org.steward.tracing.network;

/** A file that cannot be read as a network at all (empty, binary, not UTF-8, no sections…). */
public class NetworkFormatException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;

    public NetworkFormatException(String file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    /** 1-based line, 0 when not tied to a line. */
    public int line() {
        return line;
    }
}
