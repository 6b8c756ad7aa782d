package org.steward.workbench.internal.parts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.steward.core.model.ModelDescriptor;

/**
 * The navigator's tree: categories, each with its models, in the catalogue's order (category, then name).
 *
 * @param categories category name to its models
 */
public record ModelTree(Map<String, List<ModelDescriptor>> categories) {

    /** A category node of the tree. */
    public record Category(String name, List<ModelDescriptor> models) {
    }

    public static ModelTree of(List<ModelDescriptor> models) {
        Map<String, List<ModelDescriptor>> byCategory = new LinkedHashMap<>();
        for (ModelDescriptor d : models) {
            byCategory.computeIfAbsent(d.category(), k -> new ArrayList<>()).add(d);
        }
        return new ModelTree(byCategory);
    }

    public List<Category> nodes() {
        return categories.entrySet().stream().map(e -> new Category(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    /** Content provider over a {@link ModelTree} input. */
    public static final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return input instanceof ModelTree t ? t.nodes().toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof Category c ? c.models().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof Category c && !c.models().isEmpty();
        }
    }
}
