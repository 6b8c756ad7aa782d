package org.steward.text;

/**
 * Statistics of one term over a corpus.
 *
 * @param term  the term
 * @param tf    occurrences in all documents
 * @param df    documents containing it
 * @param tfidf {@code tf × idf} with the smoothed {@code idf = ln((1 + N) / (1 + df)) + 1}, N documents
 *              (the smoothed form keeps terms of a one-document corpus and of every document above zero)
 */
public record TermStat(String term, long tf, int df, double tfidf) {
}
