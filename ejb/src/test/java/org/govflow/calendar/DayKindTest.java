package org.govflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DayKindTest {

    @ParameterizedTest(name = "{0} working: {1}")
    @CsvSource({
        "WORKDAY, true",
        "MAKEUP_WORKDAY, true",
        "WEEKEND, false",
        "HOLIDAY, false",
    })
    void tellsWhetherDayIsWorking(DayKind kind, boolean working) {
        assertThat(kind.isWorking()).isEqualTo(working);
    }
}
