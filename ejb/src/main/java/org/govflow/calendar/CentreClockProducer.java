package org.govflow.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.govflow.platform.Settings;

import java.time.Clock;

/**
 * Makes "now" injectable: services take the current instant from the produced {@link Clock} and the
 * centre's day from the produced {@link CentreClock}, so a test can replace the clock with an alternative
 * bean instead of sleeping. Both are live: they read the time on every call.
 */
@ApplicationScoped
public class CentreClockProducer {

    @Inject
    private Settings settings;

    /** The system clock in the centre's zone. */
    @Produces
    Clock clock() {
        return settings.clock();
    }

    /** "Today" and deadlines in the centre's zone, whatever the JVM's zone. */
    @Produces
    CentreClock centreClock(Clock clock) {
        return new CentreClock(clock, settings.zone());
    }
}
