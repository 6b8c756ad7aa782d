package org.steward.competitor.io;

/** A line of a text file with its 1-based number. */
record Line(int number, String text) {
}
