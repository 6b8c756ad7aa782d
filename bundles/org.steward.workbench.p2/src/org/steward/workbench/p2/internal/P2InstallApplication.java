package org.steward.workbench.p2.internal;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.steward.core.model.ModelDescriptor;
import org.steward.workbench.internal.install.InstallException;
import org.steward.workbench.internal.install.ModelListing;

/**
 * {@code steward -application org.steward.workbench.p2.install [steps]}: the installer the workbench's menus use,
 * without a window, for scripts and the release tests. Steps run in the order given, in one process:
 * <pre>
 *   -repository LOCATION   the update site for the next steps (folder, .zip/.jar, file: or http(s): URL)
 *   -accept-warnings       install bundles the trust policy only warns about (unsigned under warn-unsigned)
 *   -features              list the site's features:   feature TAB id TAB version TAB name
 *   -install-feature ID[,ID]   plan, judge, install and apply without restart; prints plan, trust and result lines
 *   -uninstall-feature ID[,ID] uninstall features installed before
 *   -installed             list the features installed by the user: installed TAB id TAB version
 *   -models                list the models now available: model TAB id TAB name
 *   -mark TEXT             print mark TAB TEXT (to find the parts of the output)
 * </pre>
 * A failed step prints {@code failed: reason} and the next steps still run; the exit code is 1 if any step failed.
 */
public final class P2InstallApplication implements IApplication {

    private static final Duration CATALOG_WAIT = Duration.ofSeconds(30);

    private final PrintStream out = System.out;
    private URI site;
    private boolean acceptWarnings;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
        BundleContext bc = FrameworkUtil.getBundle(P2InstallApplication.class).getBundleContext();
        ModelListing.startComponentBundles(bc);
        FeatureInstaller installer;
        try {
            installer = WorkbenchInstaller.get();
        } catch (InstallException e) {
            out.println("failed: " + e.getMessage());
            return 1;
        }
        boolean ok = true;
        List<String> list = Arrays.asList(args);
        for (int i = 0; i < list.size(); i++) {
            String step = list.get(i);
            Optional<String> value = i + 1 < list.size() ? Optional.of(list.get(i + 1)) : Optional.empty();
            try {
                i += run(step, value, installer, bc);
            } catch (InstallException e) {
                out.println("failed: " + e.getMessage().replace("\n", "\n  "));
                ok = false;
            } catch (RuntimeException e) {
                out.println("failed: " + step + ": " + e);
                ok = false;
            }
            out.flush();
        }
        return ok ? EXIT_OK : Integer.valueOf(1);
    }

    /** @return how many arguments the step consumed besides its name */
    private int run(String step, Optional<String> value, FeatureInstaller installer, BundleContext bc) throws InstallException {
        switch (step) {
            case "-repository" -> {
                site = SiteLocation.parse(value.orElse(""));
                return 1;
            }
            case "-accept-warnings" -> acceptWarnings = true;
            case "-mark" -> {
                out.println("mark\t" + value.orElse(""));
                return 1;
            }
            case "-features" -> installer.features(site(), null)
                    .forEach(f -> out.println("feature\t" + f.id() + "\t" + f.version() + "\t" + f.name()));
            case "-install-feature" -> {
                install(installer, ids(value));
                return 1;
            }
            case "-uninstall-feature" -> {
                ApplyResult r = installer.apply(installer.planUninstall(ids(value), null), false, null);
                r.features().forEach(f -> out.println("uninstalled\t" + f.id() + "\t" + f.version()));
                return 1;
            }
            case "-installed" -> installer.installed().forEach(f -> out.println("installed\t" + f.id() + "\t" + f.version()));
            case "-models" -> models(bc).forEach(m -> out.println("model\t" + m.id() + "\t" + m.name()));
            default -> {
                if (step.startsWith("-") && !isLauncherOption(step)) {
                    throw new InstallException("unknown step " + step + "; use -repository, -accept-warnings, -features,"
                            + " -install-feature, -uninstall-feature, -installed, -models or -mark");
                }
            }
        }
        return 0;
    }

    private void install(FeatureInstaller installer, List<String> ids) throws InstallException {
        InstallPlan plan = installer.planInstall(site(), ids, null);
        plan.additions().forEach(a -> out.println("plan\tadd\t" + a));
        plan.removals().forEach(r -> out.println("plan\tremove\t" + r));
        plan.trust().forEach(t -> out.println("trust\t" + t.bundle() + "\t" + t.decision().verdict() + "\t" + t.decision().reason()));
        plan.restartReasons().forEach(r -> out.println("plan\trestart\t" + r));
        ApplyResult r = installer.apply(plan, acceptWarnings, null);
        r.features().forEach(f -> out.println("installed\t" + f.id() + "\t" + f.version()));
        r.bundles().forEach(b -> out.println("bundle\t" + b));
        r.models().forEach(m -> out.println("new-model\t" + m));
        r.extensions().forEach(e -> out.println("extension\t" + e));
        r.problems().forEach(p -> out.println("problem\t" + p.replace("\n", " ")));
        r.restartReasons().forEach(p -> out.println("restart\t" + p));
    }

    private URI site() throws InstallException {
        if (site == null) {
            throw new InstallException("no update site: give -repository LOCATION before this step");
        }
        return site;
    }

    private static List<String> ids(Optional<String> value) throws InstallException {
        List<String> ids = Arrays.stream(value.orElse("").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (ids.isEmpty()) {
            throw new InstallException("no feature id given");
        }
        return ids;
    }

    private static boolean isLauncherOption(String arg) {
        return List.of("-product", "-data", "-nl", "-consoleLog", "-clean").contains(arg);
    }

    private static List<ModelDescriptor> models(BundleContext bc) throws InstallException {
        try {
            return ModelListing.settled(bc, CATALOG_WAIT)
                    .orElseThrow(() -> new InstallException("no model catalog within " + CATALOG_WAIT.toSeconds() + " s"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InstallException("interrupted", e);
        }
    }

    @Override
    public void stop() {
        // runs its steps and returns
    }
}
