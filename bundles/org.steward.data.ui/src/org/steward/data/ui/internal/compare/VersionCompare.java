package org.steward.data.ui.internal.compare;

import java.util.Optional;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.CompareEditorInput;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.compare.structuremergeviewer.Differencer;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Two versions of a record side by side (history), or a conflict three ways: base as the common ancestor, ours on the
 * left, theirs on the right (the ancestor pane is one click away in the viewer's tool bar). Read-only: the user settles a conflict in the conflict dialog. Eclipse Compare's text
 * merge viewer marks the changed lines and the conflicting ones.
 */
public final class VersionCompare extends CompareEditorInput {
    private final Optional<TextVersion> ancestor;
    private final TextVersion left;
    private final TextVersion right;

    private VersionCompare(String title, Optional<TextVersion> ancestor, TextVersion left, TextVersion right) {
        super(new CompareConfiguration());
        this.ancestor = ancestor;
        this.left = left;
        this.right = right;
        setTitle(title);
    }

    /** An older and a newer version of one record. */
    public static VersionCompare twoVersions(String title, String olderLabel, String older, String newerLabel, String newer) {
        return new VersionCompare(title, Optional.empty(), new TextVersion(olderLabel, older), new TextVersion(newerLabel, newer));
    }

    /** A conflict: the common ancestor, our version and theirs. */
    public static VersionCompare conflict(String title, String baseLabel, String base, String oursLabel, String ours,
                                          String theirsLabel, String theirs) {
        return new VersionCompare(title, Optional.of(new TextVersion(baseLabel, base)), new TextVersion(oursLabel, ours),
                new TextVersion(theirsLabel, theirs));
    }

    /** True when the viewer shows the sides swapped (it must not: older or ours left). */
    public boolean mirrored() {
        return getCompareConfiguration().isMirrored();
    }

    public boolean threeWay() {
        return ancestor.isPresent();
    }

    @Override
    protected Object prepareInput(IProgressMonitor monitor) {
        CompareConfiguration cc = getCompareConfiguration();
        // Eclipse Compare swaps the sides by default (preference "swap left and right"); here left means left
        cc.setProperty(CompareConfiguration.MIRRORED, Boolean.FALSE);
        cc.setLeftLabel(left.label());
        cc.setRightLabel(right.label());
        cc.setLeftEditable(false);
        cc.setRightEditable(false);
        ancestor.ifPresent(a -> cc.setAncestorLabel(a.label()));
        return ancestor.isPresent()
                ? new DiffNode(null, Differencer.CONFLICTING, ancestor.get(), left, right)
                : new DiffNode(left, right);
    }
}
