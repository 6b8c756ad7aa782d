package org.steward.tracing.network;

import java.util.Objects;

/**
 * A node of the sewer network.
 *
 * @param id     SWMM name, unique among all nodes
 * @param kind   section it was declared in
 * @param invert invert elevation, in the file's length unit (ft for CFS/GPM/MGD, m for CMS/LPS/MLD)
 * @param x      map X from [COORDINATES], {@code NaN} when the node has none
 * @param y      map Y from [COORDINATES], {@code NaN} when the node has none
 * @param line   1-based line of the declaration in the file (0 for nodes not read from a file)
 */
public record Node(String id, NodeKind kind, double invert, double x, double y, int line) {
    public Node {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
    }

    public boolean hasCoordinates() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }

    Node withCoordinates(double newX, double newY) {
        return new Node(id, kind, invert, newX, newY, line);
    }
}
