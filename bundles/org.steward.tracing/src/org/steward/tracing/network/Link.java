package org.steward.tracing.network;

import java.util.Objects;
import java.util.Optional;

/**
 * A directed link of the network. {@link #from()} and {@link #to()} are the direction in which tracing assumes
 * water flows; {@link #reversed()} says that this is the opposite of the file's inlet→outlet order (see
 * {@link DirectionPolicy}).
 *
 * @param id        SWMM name, unique among all links
 * @param kind      section it was declared in
 * @param from      upstream node id (flow direction)
 * @param to        downstream node id
 * @param length    conduit length in the file's length unit; 0 for pumps, orifices, weirs, outlets
 * @param roughness Manning's n of a conduit; 0 for other links
 * @param inOffset  offset of the file's inlet end (depth above the node invert, or an elevation when
 *                  LINK_OFFSETS is ELEVATION; {@code NaN} for '*', meaning at the node invert)
 * @param outOffset offset of the file's outlet end, same convention
 * @param section   cross-section from [XSECTIONS], if given
 * @param reversed  true if {@code from}/{@code to} are swapped relative to the file
 * @param line      1-based line of the declaration
 */
public record Link(String id, LinkKind kind, String from, String to, double length, double roughness,
                   double inOffset, double outOffset, Optional<CrossSection> section, boolean reversed, int line) {
    public Link {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(section, "section");
    }

    Link withSection(CrossSection s) {
        return new Link(id, kind, from, to, length, roughness, inOffset, outOffset, Optional.of(s), reversed, line);
    }

    Link reverse() {
        return new Link(id, kind, to, from, length, roughness, inOffset, outOffset, section, !reversed, line);
    }
}
