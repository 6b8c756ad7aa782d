package org.steward.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.steward.text.internal.HanLpAccess;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * HanLP's standard (Viterbi) segmenter with the lexicon's custom dictionary, traditional characters converted to
 * simplified first, and the token filter applied. One instance per thread (HanLP segment objects carry settings);
 * creating one is cheap once HanLP is loaded.
 */
public final class Segmenter {
    private final Lexicon lexicon;
    private final TokenFilter filter;
    private final boolean toSimplified;
    private final Segment segment;

    public Segmenter(Lexicon lexicon, TokenFilter filter, boolean toSimplified) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.filter = Objects.requireNonNull(filter, "filter");
        this.toSimplified = toSimplified;
        this.segment = HanLpAccess.call(() -> HanLP.newSegment().enableCustomDictionary(lexicon.dictionary()));
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /** All tokens with their tags, unfiltered (after conversion to simplified characters if enabled). */
    public List<Token> tokens(String text) {
        String t = toSimplified ? HanLP.convertToSimplifiedChinese(text) : text;
        List<Term> terms = segment.seg(t);
        List<Token> out = new ArrayList<>(terms.size());
        for (Term term : terms) {
            out.add(new Token(term.word, term.nature == null ? "x" : term.nature.toString()));
        }
        return out;
    }

    /** Only the tokens the filter keeps. */
    public List<Token> terms(String text) {
        List<Token> out = new ArrayList<>();
        for (Token tok : tokens(text)) {
            if (filter.keeps(tok.word(), tok.pos(), lexicon)) {
                out.add(tok);
            }
        }
        return out;
    }

    /** Receives the kept words of a text in order. */
    @FunctionalInterface
    public interface TermSink {
        /** @param followsPrevious whether the previous token of the text was kept too (for phrases) */
        void term(String word, boolean followsPrevious);
    }

    /** Segments {@code text}, passes the kept words to {@code sink} and returns the number of all words (not punctuation). */
    public int segment(String text, TermSink sink) {
        String t = toSimplified ? HanLP.convertToSimplifiedChinese(text) : text;
        int all = 0;
        boolean previousKept = false;
        for (Term term : segment.seg(t)) {
            String pos = term.nature == null ? "x" : term.nature.toString();
            if (!pos.equals("w")) {
                all++;
            }
            boolean kept = filter.keeps(term.word, pos, lexicon);
            if (kept) {
                sink.term(term.word, previousKept);
            }
            previousKept = kept;
        }
        return all;
    }
}
