package org.steward.partner.screen;

/** The comparison operators of a screening rule. */
public enum Comparison {
    GE(">="), LE("<="), NE("!="), GT(">"), LT("<"), EQ("=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Whether {@code actual op limit} holds. */
    public boolean holds(int actual, int limit) {
        return switch (this) {
            case GE -> actual >= limit;
            case LE -> actual <= limit;
            case NE -> actual != limit;
            case GT -> actual > limit;
            case LT -> actual < limit;
            case EQ -> actual == limit;
        };
    }
}
