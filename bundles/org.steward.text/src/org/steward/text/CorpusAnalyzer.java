package org.steward.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.steward.text.internal.Messages;

/**
 * Analyses many transcripts, in parallel across documents (one HanLP segmenter per worker thread). The results come
 * back in the order of the input, so the outcome does not depend on the thread count.
 */
public final class CorpusAnalyzer {

    /** One file to analyse: where it is and the name reported for it. */
    public record Source(Path file, String name) {
    }

    /** The outcome for one file: its terms, or why it was not analysed. */
    public record Outcome(String name, Optional<DocumentTerms> terms, Optional<String> rejection) {
    }

    private final Lexicon lexicon;
    private final TokenFilter filter;
    private final boolean toSimplified;
    private final int maxSentenceChars;
    private final int threads;

    public CorpusAnalyzer(Lexicon lexicon, TokenFilter filter, boolean toSimplified, int maxSentenceChars, int threads) {
        this.lexicon = lexicon;
        this.filter = filter;
        this.toSimplified = toSimplified;
        this.maxSentenceChars = maxSentenceChars;
        this.threads = Math.max(1, threads);
    }

    /**
     * @param canceled  polled between documents; when true, the remaining documents are not started
     * @param done      told the name of each document finished (from worker threads)
     * @throws InterruptedException when cancelled or interrupted
     */
    public List<Outcome> analyze(List<Source> sources, BooleanSupplier canceled, Consumer<String> done) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "steward-text-segmenter");
            t.setDaemon(true);
            return t;
        });
        ThreadLocal<DocumentAnalyzer> analyzers = ThreadLocal.withInitial(
                () -> new DocumentAnalyzer(new Segmenter(lexicon, filter, toSimplified), maxSentenceChars));
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Source s : sources) {
                futures.add(pool.submit(() -> {
                    if (canceled.getAsBoolean()) {
                        return new Outcome(s.name(), Optional.empty(), Optional.of("cancelled"));
                    }
                    Outcome o = one(analyzers.get(), s);
                    done.accept(s.name());
                    return o;
                }));
            }
            List<Outcome> out = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                try {
                    out.add(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("text analysis failed: " + e.getCause(), e.getCause());
                }
            }
            if (canceled.getAsBoolean()) {
                throw new InterruptedException("cancelled");
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome one(DocumentAnalyzer a, Source s) {
        try {
            return new Outcome(s.name(), Optional.of(a.analyze(s.file(), s.name())), Optional.empty());
        } catch (TextRejectedException e) {
            return new Outcome(s.name(), Optional.empty(), Optional.of(e.getMessage()));
        } catch (IOException e) {
            return new Outcome(s.name(), Optional.empty(), Optional.of(Messages.get("read.failed", String.valueOf(e.getMessage()))));
        }
    }
}
