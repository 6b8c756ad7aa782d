package org.steward.partner.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.steward.core.model.ModelException;
import org.steward.partner.vendor.VendorFolder;
import org.steward.partner.vendor.VendorProblem;
import org.steward.partner.vendor.VendorReader;

/** Reads a vendors folder for a model: any problem in any record stops the run with the list of problems. */
final class Vendors {
    private Vendors() {
    }

    static VendorFolder read(String model, Path input) throws ModelException {
        if (!Files.isDirectory(input)) {
            throw new ModelException(model, Messages.get("vendor.notFolder", input));
        }
        VendorFolder folder;
        try {
            folder = VendorReader.readFolder(input);
        } catch (IOException e) {
            throw new ModelException(model, Messages.get("csv.unreadable", input, e.getMessage()), e);
        }
        if (!folder.problems().isEmpty()) {
            List<VendorProblem> p = folder.problems();
            throw new ModelException(model, Messages.get("vendor.problems", p.size(),
                    p.stream().map(VendorProblem::toString).collect(Collectors.joining("\n"))));
        }
        return folder;
    }
}
