package org.steward.workbench.internal.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * One node of a result's JSON document as shown in the result tree: objects and arrays have children, other
 * values are leaves.
 *
 * @param key   member name, or {@code [i]} for an array element
 * @param value the value (Map, List, String, Number, Boolean)
 */
public record JsonNode(String key, Object value) {

    private static final List<String> LABEL_KEYS = List.of("name", "id", "file", "title");

    public List<JsonNode> children() {
        List<JsonNode> out = new ArrayList<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> out.add(new JsonNode(String.valueOf(k), v)));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                out.add(new JsonNode("[" + i + "]", list.get(i)));
            }
        }
        return out;
    }

    /** What the value column shows: the value of a leaf, a size for objects and arrays. */
    public String text() {
        if (value instanceof Map<?, ?> map) {
            // an element of a list of records: name it by its first identifying member, e.g. {4} a.txt
            for (String name : LABEL_KEYS) {
                if (map.get(name) instanceof String label) {
                    return "{" + map.size() + "} " + label;
                }
            }
            return "{" + map.size() + "}";
        }
        if (value instanceof List<?> list) {
            return "[" + list.size() + "]";
        }
        return String.valueOf(value);
    }

    /** Content provider whose input is the whole document (a Map). */
    public static final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return new JsonNode("", input).children().toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return ((JsonNode) parent).children().toArray();
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            Object v = ((JsonNode) element).value();
            return v instanceof Map<?, ?> m && !m.isEmpty() || v instanceof List<?> l && !l.isEmpty();
        }
    }
}
