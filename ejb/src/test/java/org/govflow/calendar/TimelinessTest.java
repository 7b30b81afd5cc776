package org.govflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimelinessTest {

    @ParameterizedTest(name = "action {0}, due {1} -> {2}")
    @CsvSource({
        "2025-09-29, 2025-09-30, EARLY",
        "2025-01-01, 2025-09-30, EARLY",
        "2025-09-30, 2025-09-30, ON_TIME",
        "2025-10-01, 2025-09-30, LATE",
        "2026-01-01, 2025-12-31, LATE",
    })
    void classifiesActionAgainstDueDate(LocalDate action, LocalDate due, Timeliness expected) {
        assertThat(Timeliness.classify(action, due)).isEqualTo(expected);
    }
}
