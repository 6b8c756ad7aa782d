package org.steward.workbench.tests;

import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.steward.core.model.AnalysisModel;
import org.steward.core.model.ModelDescriptor;
import org.steward.core.model.ModelException;
import org.steward.core.model.ModelRequest;
import org.steward.core.model.ModelResult;
import org.steward.core.model.ParameterSpec;
import org.steward.core.model.ProgressMonitor;

/** Analysis models registered by the UI tests themselves, as a partner bundle would (service properties of @Model). */
final class TestModels {

    static final String CATEGORY = "Test models";

    private TestModels() {
    }

    static ServiceRegistration<AnalysisModel> register(String id, String name, AnalysisModel model) {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(ModelDescriptor.PROP_ID, id);
        props.put(ModelDescriptor.PROP_NAME, name);
        props.put(ModelDescriptor.PROP_CATEGORY, CATEGORY);
        props.put(ModelDescriptor.PROP_VERSION, "1.0.0");
        props.put(ModelDescriptor.PROP_DESCRIPTION, "registered by WorkbenchUiTest");
        return FrameworkUtil.getBundle(TestModels.class).getBundleContext().registerService(AnalysisModel.class, model, props);
    }

    /** One parameter of every widget kind; echoes the values it got. */
    static final class FormModel implements AnalysisModel {
        @Override
        public List<ParameterSpec> parameters() {
            return List.of(
                    ParameterSpec.integer("count", "Count", "how many", 3, 1, 10),
                    ParameterSpec.number("ratio", "Ratio", "a share between 0 and 1", 0.5, 0, 1),
                    ParameterSpec.bool("flag", "Flag", "on or off", true),
                    ParameterSpec.choice("mode", "Mode", "how to work", "fast", "fast", "exact"),
                    ParameterSpec.string("label", "Label", "a name", "x"));
        }

        @Override
        public ModelResult run(ModelRequest request, ProgressMonitor monitor) {
            Map<String, Object> json = new LinkedHashMap<>(request.parameters().asMap());
            return ModelResult.of(json, List.of(), List.of(), "echo");
        }
    }

    /** Runs until cancelled (at most a minute). */
    static final class SlowModel implements AnalysisModel {
        @Override
        public ModelResult run(ModelRequest request, ProgressMonitor monitor) throws ModelException {
            monitor.begin("waiting to be cancelled", 3000);
            for (int i = 0; i < 3000; i++) {
                monitor.checkCanceled("test.slow");
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    monitor.checkCanceled("test.slow");
                    throw new ModelException("test.slow", "interrupted");
                }
                monitor.worked(1);
            }
            return ModelResult.of(Map.of(), List.of(), List.of(), "not cancelled");
        }
    }

    /** A model whose UI is contributed (see plugin.xml): only its key tells the generic form apart. */
    static final class KeyedModel implements AnalysisModel {
        private final String key;

        KeyedModel(String key) {
            this.key = key;
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of(ParameterSpec.string(key, key, "marks the generic form of this model", "v"));
        }

        @Override
        public ModelResult run(ModelRequest request, ProgressMonitor monitor) {
            return ModelResult.of(Map.of(), List.of(), List.of(), "");
        }
    }
}
