package org.govflow.query;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How many failed queries one key (an acceptance number or a client address) may make: failures count within
 * a window that opens with the first failure; once they reach the limit, the key is refused for the whole lock
 * period counted from the failure that reached it, and then starts afresh.
 *
 * @param limit the failures after which further tries are refused
 * @param lock how long a window lasts, and how long a key stays refused
 */
public record ThrottleRule(int limit, Duration lock) {

    /** Failed tries allowed for one acceptance number. */
    public static final int NUMBER_LIMIT = 5;

    /** Failed tries allowed from one client address. */
    public static final int ADDRESS_LIMIT = 20;

    /** How long a window lasts and a refusal holds. */
    public static final Duration LOCK = Duration.ofMinutes(15);

    public static final ThrottleRule PER_NUMBER = new ThrottleRule(NUMBER_LIMIT, LOCK);
    public static final ThrottleRule PER_ADDRESS = new ThrottleRule(ADDRESS_LIMIT, LOCK);

    public ThrottleRule {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        Objects.requireNonNull(lock, "lock");
    }

    /** Whether a key with this count and window is refused now. */
    public boolean isLocked(Count count, Instant now) {
        return count != null && count.failures() >= limit && now.isBefore(count.windowStart().plus(lock));
    }

    /** The count after one more failure now. */
    public Count afterFailure(Count count, Instant now) {
        if (count == null || !now.isBefore(count.windowStart().plus(lock))) {
            return new Count(1, now);
        }
        int failures = count.failures() + 1;
        // the refusal lasts a whole lock period from the failure that reached the limit
        return new Count(failures, failures >= limit ? now : count.windowStart());
    }

    /**
     * The failures of one key within its current window.
     *
     * @param failures failed tries so far
     * @param windowStart when the window opened (or the refusal began)
     */
    public record Count(int failures, Instant windowStart) {
    }
}
