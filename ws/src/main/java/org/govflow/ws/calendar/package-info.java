/**
 * The working-day calendar for other systems: whether a date is a working day and when a time limit of
 * N working days ends, counted exactly as GovFlow counts its own deadlines.
 */
package org.govflow.ws.calendar;
