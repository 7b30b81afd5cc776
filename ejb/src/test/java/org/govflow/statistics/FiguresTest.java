package org.govflow.statistics;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresTest {

    @Test
    void ratesAndAveragesHaveOneDecimal() {
        Figures figures = new Figures("SCJ", "市场监管", 4, 3, 2, 10, 15, 60, 2, 1, 1, 2, 7);

        assertThat(figures.getOnTimeRate()).isEqualTo(new BigDecimal("66.7"));
        assertThat(figures.getAverageDaysUsed()).isEqualTo(new BigDecimal("3.3"));
        assertThat(figures.getAveragePromisedDays()).isEqualTo(new BigDecimal("5.0"));
        assertThat(figures.getAverageLegalDays()).isEqualTo(new BigDecimal("20.0"));
        assertThat(figures.getDaysSaved()).isEqualTo(50);
        assertThat(figures.getSpeedUpPercent()).isEqualTo(new BigDecimal("83.3"));
        assertThat(figures.getAverageRating()).isEqualTo(new BigDecimal("3.5"));
    }

    @Test
    void withoutCompletionsThereIsNoRate() {
        Figures figures = Figures.empty("SCJ", "市场监管");

        assertThat(figures.getOnTimeRate()).isNull();
        assertThat(figures.getSpeedUpPercent()).isNull();
        assertThat(figures.getAverageRating()).isNull();
    }
}
