package org.steward.core.model;

import org.osgi.annotation.versioning.ConsumerType;
import java.util.List;

/**
 * An analysis model: the unit a plug-in author contributes. Register an implementation as a DS component
 * annotated with {@link Model} so that both the workbench and the node find it, e.g.
 *
 * <pre>
 * &#64;Component(service = AnalysisModel.class)
 * &#64;Model(id = "samples.textstats", name = "Text statistics", category = "Samples", version = "1.0.0")
 * public class TextStatistics implements AnalysisModel { ... }
 * </pre>
 *
 * Implementations must be thread-safe: several runs may overlap. Long runs report to the monitor and
 * call {@link ProgressMonitor#checkCanceled(String)} between steps.
 */
@ConsumerType
public interface AnalysisModel {

    /** What the model reads as its main input. */
    default InputKind inputKind() {
        return InputKind.NONE;
    }

    /** The parameters it takes, in the order a form shows them. */
    default List<ParameterSpec> parameters() {
        return List.of();
    }

    /**
     * Does the work.
     *
     * @throws ModelException with a message that names the bad file, line or field and the fix
     */
    ModelResult run(ModelRequest request, ProgressMonitor monitor) throws ModelException;
}
