package org.govflow.statistics;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The statistics of a period, from {@code from} to {@code to} inclusive in centre days: one row per department
 * with any figure, by department code, and the centre's total.
 */
public record PublishedStatistics(LocalDate from, LocalDate to, List<Figures> departments, Figures centre) implements Serializable {
}
