package org.govflow.ws.calendar.dto;

import jakarta.json.bind.annotation.JsonbNillable;

/**
 * Whether the centre works on a date, and why.
 *
 * @param date the date, YYYY-MM-DD
 * @param kind WORKDAY, WEEKEND, HOLIDAY or MAKEUP_WORKDAY
 * @param name the official name of a holiday or make-up working day (国庆节); null for other days
 */
@JsonbNillable
public record DayDto(String date, boolean working, String kind, String name) {
}
