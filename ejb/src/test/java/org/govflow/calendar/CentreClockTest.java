package org.govflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CentreClockTest {

    private static final Instant NOW = Instant.parse("2026-03-01T17:30:00Z");

    private TimeZone originalDefault;
    private CentreClock centre;

    @BeforeEach
    void forceUtcEverywhere() {
        originalDefault = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        centre = new CentreClock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void restoreDefaultZone() {
        TimeZone.setDefault(originalDefault);
    }

    @Test
    void usesShanghaiByDefault() {
        assertThat(centre.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void givesShanghaiDateRegardlessOfClockAndJvmZone() {
        LocalDate today = centre.today();

        assertThat(today).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(centre.now()).isEqualTo(NOW);
    }

    @Test
    void switchesDateAtShanghaiMidnight() {
        assertThat(centre.dateOf(Instant.parse("2026-03-01T15:59:59Z"))).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(centre.dateOf(Instant.parse("2026-03-01T16:00:00Z"))).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void startsDayAtShanghaiMidnight() {
        LocalDate day = LocalDate.of(2026, 3, 2);

        assertThat(centre.startOfDay(day)).isEqualTo(Instant.parse("2026-03-01T16:00:00Z"));
        assertThat(centre.warnFrom(day)).isEqualTo(Instant.parse("2026-03-01T16:00:00Z"));
    }

    @Test
    void becomesOverdueAtStartOfDayAfterDueDate() {
        Instant overdue = centre.overdueFrom(LocalDate.of(2026, 3, 2));

        assertThat(overdue).isEqualTo(Instant.parse("2026-03-02T16:00:00Z"));
    }

    @Test
    void honoursExplicitZone() {
        CentreClock utcCentre = new CentreClock(Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")), ZoneOffset.UTC);

        assertThat(utcCentre.today()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(utcCentre.overdueFrom(LocalDate.of(2026, 3, 2))).isEqualTo(Instant.parse("2026-03-03T00:00:00Z"));
    }
}
