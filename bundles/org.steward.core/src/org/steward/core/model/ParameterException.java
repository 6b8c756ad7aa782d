package org.steward.core.model;

/** A parameter value is missing, unknown or out of range; {@link #key()} names the parameter. */
public class ParameterException extends ModelException {
    private static final long serialVersionUID = 1L;
    private final String key;

    public ParameterException(String key, String message) {
        super(StewardStatus.error("parameter " + key, message));
        this.key = key;
    }

    public String key() {
        return key;
    }
}
