package org.steward.node.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.steward.core.model.ModelDescriptor;
import org.steward.core.model.StewardStatus;

/** The JSON shape of models and problems, shared by {@code models --json} and the admin channel. */
final class ModelListing {
    private ModelListing() {
    }

    static Map<String, Object> model(ModelDescriptor d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("version", d.version());
        m.put("bundle", d.bundle());
        m.put("bundleVersion", d.bundleVersion());
        m.put("name", d.name());
        m.put("category", d.category());
        return m;
    }

    static List<Object> models(List<ModelDescriptor> models) {
        return models.stream().<Object>map(ModelListing::model).toList();
    }

    static Map<String, Object> problem(StewardStatus s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("severity", s.severity().name());
        m.put("source", s.source());
        m.put("message", s.message());
        return m;
    }

    static List<Object> problems(List<StewardStatus> problems) {
        return problems.stream().<Object>map(ModelListing::problem).toList();
    }
}
