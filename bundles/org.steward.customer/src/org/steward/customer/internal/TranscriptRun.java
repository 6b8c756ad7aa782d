package org.steward.customer.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.steward.core.model.ModelCanceledException;
import org.steward.core.model.ModelException;
import org.steward.core.model.ProgressMonitor;
import org.steward.customer.TranscriptFolder;
import org.steward.text.CorpusAnalyzer;

/** The steps both customer models start with: open the transcript folder, then analyse every transcript. */
final class TranscriptRun {
    private TranscriptRun() {
    }

    /** A folder that cannot be listed becomes the model's error. */
    static TranscriptFolder open(String modelId, Path input) throws ModelException {
        try {
            return TranscriptFolder.open(input);
        } catch (IOException e) {
            throw new ModelException(modelId, e.getMessage(), e);
        }
    }

    /** One progress unit per transcript; the monitor's cancel stops the analysis. */
    static List<CorpusAnalyzer.Outcome> analyze(String modelId, TranscriptFolder folder, CorpusAnalyzer analyzer,
            ProgressMonitor monitor) throws ModelCanceledException {
        try {
            return analyzer.analyze(folder.sources(), monitor::isCanceled, name -> monitor.worked(1));
        } catch (InterruptedException e) {
            throw new ModelCanceledException(modelId, "cancelled");
        }
    }
}
