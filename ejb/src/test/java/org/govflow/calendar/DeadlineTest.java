package org.govflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DeadlineTest {

    private static final LocalDate START = LocalDate.of(2026, 12, 30);
    private static final LocalDate DUE = LocalDate.of(2027, 1, 4);

    @Test
    void keepsMissingYearsSortedAndUnmodifiable() {
        Set<Integer> years = new HashSet<>(Set.of(2028, 2027));

        Deadline deadline = new Deadline(START, 3, DUE, years);
        years.add(2029);

        assertThat(deadline.missingYears()).containsExactly(2027, 2028);
        assertThrows(UnsupportedOperationException.class, () -> deadline.missingYears().add(2030));
        assertThat(deadline.isComplete()).isFalse();
    }

    @Test
    void isCompleteWithoutMissingYears() {
        Deadline deadline = new Deadline(START, 0, START, Set.of());

        assertThat(deadline.isComplete()).isTrue();
    }

    @Test
    void rejectsInconsistentValues() {
        assertThrows(IllegalArgumentException.class, () -> new Deadline(START, -1, DUE, Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new Deadline(DUE, 3, START, Set.of()));
    }
}
