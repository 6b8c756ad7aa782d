package org.steward.samples.faulty;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Test fixture: an immediate component (no service) whose activation throws as soon as the bundle starts, so that
 * a node shows the failure among its problems and stays up.
 */
@Component(immediate = true, service = {})
public class BrokenStartup {

    public static final String MESSAGE = "deliberate start-up failure of the faulty test bundle";

    @Activate
    void activate() {
        throw new IllegalStateException(MESSAGE);
    }
}
