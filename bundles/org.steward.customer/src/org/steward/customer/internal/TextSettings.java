package org.steward.customer.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.steward.core.model.ParameterException;
import org.steward.core.model.ParameterSpec;
import org.steward.core.model.Parameters;
import org.steward.text.CorpusAnalyzer;
import org.steward.text.Lexicon;
import org.steward.text.SentenceSplitter;
import org.steward.text.TokenFilter;

/** The text-processing parameters both customer models share, and the analyzer they configure. */
public final class TextSettings {
    private TextSettings() {
    }

    public static List<ParameterSpec> specs() {
        return List.of(
                ParameterSpec.string("userDictionary", "Own dictionary",
                        "extra domain terms: a UTF-8 file, one 'word [part-of-speech [frequency]]' a line; empty for none", ""),
                ParameterSpec.string("userStopWords", "Own stop words", "extra stop words: a UTF-8 file, one a line; empty for none", ""),
                ParameterSpec.stringList("posTags", "Parts of speech kept",
                        "HanLP tag prefixes of the words counted (n = nouns and named entities, v = verbs); empty keeps all", List.of("n", "v")),
                ParameterSpec.integer("minLength", "Shortest word", "words shorter than this many characters are not counted", 2, 1, 10),
                ParameterSpec.integer("threads", "Threads", "documents segmented in parallel", 
                        Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), 1, 64));
    }

    public static Lexicon lexicon(Parameters p) throws ParameterException {
        Lexicon l = Lexicon.builtIn();
        String dict = p.string("userDictionary").strip();
        String stop = p.string("userStopWords").strip();
        try {
            l = l.withUserFiles(dict.isEmpty() ? List.of() : List.of(Path.of(dict)), List.of());
        } catch (IOException e) {
            throw new ParameterException("userDictionary", Messages.get("dictionary.unreadable", dict, e.getMessage()));
        }
        try {
            l = l.withUserFiles(List.of(), stop.isEmpty() ? List.of() : List.of(Path.of(stop)));
        } catch (IOException e) {
            throw new ParameterException("userStopWords", Messages.get("dictionary.unreadable", stop, e.getMessage()));
        }
        return l;
    }

    public static TokenFilter filter(Parameters p) {
        return new TokenFilter(p.stringList("posTags"), p.integer("minLength"), true);
    }

    public static CorpusAnalyzer analyzer(Parameters p, Lexicon lexicon) {
        return new CorpusAnalyzer(lexicon, filter(p), true, SentenceSplitter.DEFAULT_MAX_CHARS, p.integer("threads"));
    }

    public static CorpusAnalyzer analyzer(Parameters p) throws ParameterException {
        return analyzer(p, lexicon(p));
    }
}
