package org.steward.benchmarks.text;

import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.steward.text.CorpusAnalyzer;
import org.steward.text.Detection;
import org.steward.text.DocumentTerms;
import org.steward.text.EncodingDetector;
import org.steward.text.Lexicon;
import org.steward.text.SentenceSplitter;
import org.steward.text.TermStat;
import org.steward.text.TermStatistics;
import org.steward.text.TokenFilter;
import org.steward.text.coword.CowordAnalysis;
import org.steward.text.coword.Level;
import org.steward.text.coword.MapRenderer;
import org.steward.text.coword.Normalization;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;

/**
 * Throughput of the full co-word pipeline against plain single-thread HanLP standard segmentation of the same text,
 * measured in the same run. Command line output only (this is a benchmark command, not a bundle).
 *
 * <pre>
 * CowordBenchmark SOURCE_DIR... --out WORK_DIR [--mb 10] [--rounds 3] [--level document|sentence]
 * </pre>
 * The corpus is built by repeating the source documents (every .txt/.md under the source folders, decoded with the
 * encoding detector) into UTF-8 files until it holds at least the given megabytes.
 */
public final class CowordBenchmark {

    public static void main(String[] args) throws Exception {
        List<Path> sources = new ArrayList<>();
        Path out = Path.of("target/benchmark");
        double mb = 10;
        int rounds = 3;
        Level level = Level.DOCUMENT;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--mb" -> mb = Double.parseDouble(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--level" -> level = Level.valueOf(args[++i].toUpperCase(Locale.ROOT));
                default -> sources.add(Path.of(args[i]));
            }
        }
        final Level lvl = level;
        List<String> texts = readSources(sources);
        Path corpus = out.resolve("corpus");
        List<CorpusAnalyzer.Source> files = buildCorpus(texts, corpus, (long) (mb * 1024 * 1024));
        List<String> inMemory = new ArrayList<>();
        long chars = 0;
        long bytes = 0;
        for (CorpusAnalyzer.Source s : files) {
            String t = Files.readString(s.file(), StandardCharsets.UTF_8);
            inMemory.add(t);
            chars += t.length();
            bytes += Files.size(s.file());
        }
        System.out.printf(Locale.ROOT, "corpus: %d source documents repeated into %d files, %.1f MB UTF-8, %d characters%n",
                texts.size(), files.size(), bytes / 1048576.0, chars);
        System.out.printf(Locale.ROOT, "machine: %d processors, load average %.2f, Java %s, max heap %d MB%n",
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / 1048576);

        // Warm-up: JIT and dictionaries for both paths (first HanLP call loads ~250 ms of dictionaries).
        long t0 = System.nanoTime();
        baseline(inMemory.subList(0, Math.min(60, inMemory.size())));
        pipeline(files.subList(0, Math.min(60, files.size())), 2, level, false);
        System.out.printf(Locale.ROOT, "warm-up (incl. dictionary load): %.2f s%n", (System.nanoTime() - t0) / 1e9);

        double[] baseCpu = new double[rounds];
        double[] twoCpu = new double[rounds];
        double[] base = new double[rounds];
        double[] one = new double[rounds];
        double[] two = new double[rounds];
        long peakTwo = 0;
        Timings last = null;
        for (int r = 0; r < rounds; r++) {
            long cpu0 = cpu();
            base[r] = time(() -> baseline(inMemory));
            baseCpu[r] = (cpu() - cpu0) / 1e9;
            one[r] = time(() -> pipeline(files, 1, lvl, false));
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            long cpu1 = cpu();
            last = pipeline(files, 2, level, false);
            two[r] = (System.nanoTime() - start) / 1e9;
            twoCpu[r] = (cpu() - cpu1) / 1e9;
            peakTwo = Math.max(peakTwo, peakHeap());
            System.out.printf(Locale.ROOT, "round %d: baseline %.2f s, pipeline 1 thread %.2f s, pipeline 2 threads %.2f s%n",
                    r + 1, base[r], one[r], two[r]);
        }
        double[] ratio1 = new double[rounds];
        double[] ratio2 = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            ratio1[r] = base[r] / one[r];
            ratio2[r] = base[r] / two[r];
        }
        double b = median(base);
        double p1 = median(one);
        double p2 = median(two);
        System.out.printf(Locale.ROOT, "%nbaseline  plain HanLP standard segmentation, 1 thread: %,.0f chars/s (median %.2f s)%n", chars / b, b);
        System.out.printf(Locale.ROOT, "pipeline  1 thread : %,.0f chars/s (median %.2f s), ratio to baseline %.2f%n", chars / p1, p1, b / p1);
        System.out.printf(Locale.ROOT, "pipeline  2 threads: %,.0f chars/s (median %.2f s), ratio to baseline %.2f%n", chars / p2, p2, b / p2);
        System.out.printf(Locale.ROOT, "per-round ratios (baseline time / pipeline time, each round measured back to back): "
                + "1 thread %s median %.2f; 2 threads %s median %.2f%n", fmt(ratio1), median(ratio1), fmt(ratio2), median(ratio2));
        System.out.printf(Locale.ROOT, "process CPU time (all threads incl. GC/JIT; independent of other load): baseline median %.2f s, "
                + "2-thread pipeline median %.2f s; work ratio baseline/pipeline %.2f%n", median(baseCpu), median(twoCpu), median(baseCpu) / median(twoCpu));
        System.out.printf(Locale.ROOT, "last 2-thread run by phase: %s%n", last);
        System.out.printf(Locale.ROOT, "peak heap during the 2-thread pipeline: %.0f MB%n", peakTwo / 1048576.0);
        Timings withMap = pipeline(files, 2, level, true);
        System.out.printf(Locale.ROOT, "map of the top 1000 terms drawn in %.2f s: %s%n", withMap.map(), Path.of("target/benchmark/map.png").toAbsolutePath());
    }

    /** Phase times of one pipeline run, seconds. */
    record Timings(double segment, double count, double network, double map, int terms, int clusters) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "read+detect+split+t2s+segment+filter+count %.2f s, term statistics %.2f s, "
                    + "top-%d co-occurrence + association strength + Leiden (%d clusters) || VOS layout %.2f s", segment, count, terms, clusters, network);
        }
    }

    static Timings pipeline(List<CorpusAnalyzer.Source> files, int threads, Level level, boolean drawMap) {
        try {
            long a = System.nanoTime();
            CorpusAnalyzer analyzer = new CorpusAnalyzer(Lexicon.builtIn(), TokenFilter.DEFAULT, true, SentenceSplitter.DEFAULT_MAX_CHARS, threads);
            List<DocumentTerms> docs = new ArrayList<>();
            for (CorpusAnalyzer.Outcome o : analyzer.analyze(files, () -> false, n -> { })) {
                docs.add(o.terms().orElseThrow(() -> new IllegalStateException(o.name() + ": " + o.rejection())));
            }
            long b = System.nanoTime();
            List<TermStat> ranked = TermStatistics.of(docs);
            long c = System.nanoTime();
            int top = Math.min(1000, ranked.size());
            // What the model runs: top-1000 co-occurrence, association strength, then Leiden on this thread and the VOS
            // layout on a second one (CowordAnalysis).
            CowordAnalysis.Result co = CowordAnalysis.run(docs, ranked, new CowordAnalysis.Settings(1000, level, Normalization.ASSOCIATION, 1.0, 42));
            long f = System.nanoTime();
            if (drawMap) {
                MapRenderer.Rendered r = new MapRenderer(1600, 1200, 300).render(co.map(), "benchmark corpus · top " + top);
                Files.write(Path.of("target/benchmark/map.png"), r.png());
            }
            long g = System.nanoTime();
            return new Timings((b - a) / 1e9, (c - b) / 1e9, (f - c) / 1e9, (g - f) / 1e9, top, co.clusterCount());
        } catch (InterruptedException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static long baseline(List<String> texts) {
        Segment seg = HanLP.newSegment();
        long n = 0;
        for (String t : texts) {
            n += seg.seg(t).size();
        }
        return n;
    }

    interface Work {
        Object run() throws Exception;
    }

    static double time(Work w) throws Exception {
        long s = System.nanoTime();
        w.run();
        return (System.nanoTime() - s) / 1e9;
    }

    static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static String fmt(double[] v) {
        StringBuilder sb = new StringBuilder("[");
        for (double x : v) {
            sb.append(sb.length() > 1 ? " " : "").append(String.format(Locale.ROOT, "%.2f", x));
        }
        return sb.append(']').toString();
    }

    static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }

    static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
    }

    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    static List<String> readSources(List<Path> dirs) throws Exception {
        List<String> out = new ArrayList<>();
        for (Path dir : dirs) {
            try (Stream<Path> walk = Files.walk(dir)) { // a file is walked as itself
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String name = p.getFileName().toString();
                    if (name.endsWith(".txt") || name.endsWith(".md")) {
                        Detection d = EncodingDetector.detect(p);
                        try (Reader r = EncodingDetector.open(p, d)) {
                            StringBuilder sb = new StringBuilder();
                            char[] buf = new char[8192];
                            int n;
                            while ((n = r.read(buf)) > 0) {
                                sb.append(buf, 0, n);
                            }
                            out.add(sb.toString());
                        }
                    }
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no .txt/.md sources in " + dirs);
        }
        return out;
    }

    static List<CorpusAnalyzer.Source> buildCorpus(List<String> texts, Path dir, long minBytes) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> old = Files.list(dir)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        List<CorpusAnalyzer.Source> out = new ArrayList<>();
        long total = 0;
        for (int i = 0; total < minBytes; i++) {
            byte[] b = texts.get(i % texts.size()).getBytes(StandardCharsets.UTF_8);
            Path f = dir.resolve(String.format(Locale.ROOT, "doc-%05d.txt", i));
            Files.write(f, b);
            out.add(new CorpusAnalyzer.Source(f, f.getFileName().toString()));
            total += b.length;
        }
        return out;
    }
}
