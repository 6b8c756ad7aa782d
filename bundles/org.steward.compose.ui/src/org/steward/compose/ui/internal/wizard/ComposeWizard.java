package org.steward.compose.ui.internal.wizard;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jface.wizard.Wizard;
import org.steward.compose.ui.internal.Messages;
import org.steward.compose.ui.internal.composition.Branding;
import org.steward.compose.ui.internal.composition.Composition;
import org.steward.compose.ui.internal.composition.SiteContents;
import org.steward.compose.ui.internal.composition.StewardHome;
import org.steward.compose.ui.internal.composition.UpdateSite;

/**
 * File › Compose Workbench…: source (the Steward build), features, branding; Finish runs compose.sh as a
 * {@link CompositionJob}. The pages only collect input: {@link #composition()} turns it into a {@link Composition},
 * which validates and knows its command line.
 */
public class ComposeWizard extends Wizard {
    private final ComposeSettings settings;
    private SourcePage source;
    private FeaturesPage features;
    private BrandingPage branding;
    private SiteContents contents = new SiteContents(List.of(), List.of());
    private Path contentsOf;
    private Optional<CompositionJob> job = Optional.empty();
    private boolean schedule = true;

    public ComposeWizard(ComposeSettings settings) {
        this.settings = settings;
        setWindowTitle(Messages.Wizard_title);
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        source = new SourcePage(this, settings);
        features = new FeaturesPage(this);
        branding = new BrandingPage(this, settings);
        addPage(source);
        addPage(features);
        addPage(branding);
    }

    public SourcePage sourcePage() {
        return source;
    }

    public FeaturesPage featuresPage() {
        return features;
    }

    public BrandingPage brandingPage() {
        return branding;
    }

    /** The features of the chosen update site, read again when the site changes. */
    SiteContents contents(Path site) {
        Path normal = site.toAbsolutePath().normalize();
        if (!normal.equals(contentsOf)) {
            contents = new UpdateSite(normal, Locale.getDefault()).read();
            contentsOf = normal;
        }
        return contents;
    }

    SiteContents contents() {
        return contents;
    }

    /** Everything the pages hold now, as a composition (which may still have problems). */
    public Composition composition() {
        StewardHome home = source.home();
        Branding b = new Branding(branding.name(), branding.id(), branding.perspective(), branding.splash(),
                branding.icon());
        return new Composition(home, source.site(), features.chosen(), b, branding.out(), branding.offline());
    }

    /** Tests: Finish only prepares the job instead of scheduling it. */
    public void scheduleOnFinish(boolean yes) {
        schedule = yes;
    }

    /** The job the last Finish made. */
    public Optional<CompositionJob> job() {
        return job;
    }

    @Override
    public boolean performFinish() {
        Composition c = composition();
        if (!c.problems().isEmpty()) {
            branding.setErrorMessage(c.problems().get(0).message());
            return false;
        }
        settings.remember(source.homeText(), source.siteText(), c.out().toString());
        CompositionJob j = new CompositionJob(c);
        job = Optional.of(j);
        if (schedule) {
            j.schedule();
        }
        return true;
    }
}
