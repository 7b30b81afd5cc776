package org.govflow.query;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThrottleRuleTest {

    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    @Test
    void fiveFailuresForOneNumberLockItForFifteenMinutesFromTheFifth() {
        ThrottleRule rule = ThrottleRule.PER_NUMBER;
        ThrottleRule.Count count = null;
        for (int i = 0; i < 4; i++) {
            count = rule.afterFailure(count, T0.plusSeconds(60L * i));
            assertThat(rule.isLocked(count, T0.plusSeconds(60L * i))).isFalse();
        }

        Instant fifth = T0.plusSeconds(300);
        count = rule.afterFailure(count, fifth);

        assertThat(count.failures()).isEqualTo(5);
        assertThat(rule.isLocked(count, fifth)).isTrue();
        assertThat(rule.isLocked(count, fifth.plus(Duration.ofMinutes(15)).minusSeconds(1))).isTrue();
        assertThat(rule.isLocked(count, fifth.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void twentyFailuresFromOneAddressLockIt() {
        ThrottleRule rule = ThrottleRule.PER_ADDRESS;
        ThrottleRule.Count count = null;
        for (int i = 0; i < 19; i++) {
            count = rule.afterFailure(count, T0.plusSeconds(i));
        }
        assertThat(rule.isLocked(count, T0.plusSeconds(19))).isFalse();

        count = rule.afterFailure(count, T0.plusSeconds(19));

        assertThat(rule.isLocked(count, T0.plusSeconds(20))).isTrue();
    }

    @Test
    void failuresSpreadOverMoreThanAWindowStartAfresh() {
        ThrottleRule rule = ThrottleRule.PER_NUMBER;
        ThrottleRule.Count count = null;
        for (int i = 0; i < 4; i++) {
            count = rule.afterFailure(count, T0.plusSeconds(i));
        }

        count = rule.afterFailure(count, T0.plus(Duration.ofMinutes(15)));

        assertThat(count).isEqualTo(new ThrottleRule.Count(1, T0.plus(Duration.ofMinutes(15))));
        assertThat(rule.isLocked(count, T0.plus(Duration.ofMinutes(16)))).isFalse();
    }

    @Test
    void noCountIsNeverLocked() {
        assertThat(ThrottleRule.PER_NUMBER.isLocked(null, T0)).isFalse();
    }

    @Test
    void limitBelowOneIsRefused() {
        assertThatThrownBy(() -> new ThrottleRule(0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
