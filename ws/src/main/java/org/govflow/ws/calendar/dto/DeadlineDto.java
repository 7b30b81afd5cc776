package org.govflow.ws.calendar.dto;

import java.util.List;

/**
 * When a time limit ends.
 *
 * @param from         day 0, YYYY-MM-DD
 * @param deadline     the {@code days}-th working day after {@code from}, YYYY-MM-DD
 * @param complete     false when a year on the way had no official calendar and was counted on weekends
 *                     alone
 * @param missingYears those years, ascending
 */
public record DeadlineDto(String from, int days, String deadline, boolean complete, List<Integer> missingYears) {
}
