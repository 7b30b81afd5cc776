package org.govflow.deadline;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.govflow.calendar.CentreClock;
import org.govflow.supervision.CardPassResult;
import org.govflow.supervision.SupervisionService;

import java.time.Instant;
import java.util.logging.Logger;

/**
 * The one timer that watches every deadline: once a minute it has {@link DeadlineService} move the steps
 * whose thresholds have passed. It is persistent in the database timer store, so it survives restarts and
 * fires on one node of a cluster, and the number of timers stays at one however many cases are open.
 */
@Singleton
public class DeadlineWatch {

    private static final Logger LOG = Logger.getLogger(DeadlineWatch.class.getName());

    @Inject
    private DeadlineService deadlines;

    @Inject
    private SupervisionService supervision;

    @Inject
    private CentreClock clock;

    @Schedule(minute = "*", hour = "*", persistent = true, info = "deadline watch")
    void watch() {
        long started = System.nanoTime();
        Instant now = clock.now();
        DeadlineService.ScanResult result = deadlines.scan(now);
        long scanned = System.nanoTime();
        // electronic supervision's cards follow the transitions just made, in the same transaction
        CardPassResult cards = supervision.issueCards(now);
        long finished = System.nanoTime();

        // one line per pass with its duration (the commit follows), read by ci/benchmark.sh
        String pass = "Deadline watch pass: " + millis(finished - started) + " ms (scan " + millis(scanned - started)
                + " ms, cards " + millis(finished - scanned) + " ms), " + result.warned() + " step(s) warned, "
                + result.overdue() + " overdue";
        if (result.changedAnything()) {
            LOG.info(pass);
        } else {
            LOG.fine(pass);
        }
        if (cards.changedAnything()) {
            LOG.info(() -> "Supervision: " + cards.yellowLights() + " yellow light(s), " + cards.yellowCards()
                    + " yellow card(s), " + cards.redCards() + " red card(s)");
        }
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
