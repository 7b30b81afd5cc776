package org.govflow.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Replaces the application's clock in container tests, so a test sets "now" instead of sleeping. Until a
 * test sets it, and after {@link #reset()}, it is the system clock. The produced clock reads the instant
 * set here on every call, so services that captured it long ago follow along.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class TestClock {

    private volatile Instant now;

    @Produces
    Clock clock() {
        return new MovableClock();
    }

    /** Stops time at an instant. */
    public void set(Instant instant) {
        now = instant;
    }

    /** Back to the system clock. */
    public void reset() {
        now = null;
    }

    Instant instant() {
        Instant fixed = now;
        return fixed == null ? Instant.now() : fixed;
    }

    private final class MovableClock extends Clock {

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return TestClock.this.instant();
        }
    }
}
