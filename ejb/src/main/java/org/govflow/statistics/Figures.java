package org.govflow.statistics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The published figures of one department, or of the whole centre, over a period. Counts are of cases
 * accepted, and of cases completed (closed), in the period; the day figures are of the completed cases, in
 * working days with suspensions and excluded steps not counted. A completion is on time when it used no more
 * than the promised limit plus any approved extension. Rates, averages and percentages have one decimal.
 *
 * @param departmentCode null for the whole centre
 * @param workingDaysUsed the working days the completed cases used, summed
 * @param promisedDays their promised limits, summed
 * @param legalDays their legal limits, summed
 * @param items distinct items among the cases accepted
 * @param ratingSum the scores of the ratings given, summed
 */
public record Figures(String departmentCode, String departmentName, long accepted, long completed, long onTime,
                      long workingDaysUsed, long promisedDays, long legalDays, long items, long complaintsReceived,
                      long complaintsAnswered, long ratings, long ratingSum) implements Serializable {

    /** On-time completions in percent of completions; null without completions. */
    public BigDecimal getOnTimeRate() {
        return percent(onTime, completed);
    }

    public BigDecimal getAverageDaysUsed() {
        return ratio(workingDaysUsed, completed);
    }

    public BigDecimal getAveragePromisedDays() {
        return ratio(promisedDays, completed);
    }

    public BigDecimal getAverageLegalDays() {
        return ratio(legalDays, completed);
    }

    /** Working days saved against the legal limits of the completed cases. */
    public long getDaysSaved() {
        return legalDays - workingDaysUsed;
    }

    /** The days saved in percent of the legal limits; null without completions. */
    public BigDecimal getSpeedUpPercent() {
        return percent(getDaysSaved(), legalDays);
    }

    public BigDecimal getAverageRating() {
        return ratio(ratingSum, ratings);
    }

    Figures plus(Figures other) {
        return new Figures(departmentCode, departmentName, accepted + other.accepted, completed + other.completed,
                onTime + other.onTime, workingDaysUsed + other.workingDaysUsed, promisedDays + other.promisedDays,
                legalDays + other.legalDays, items + other.items, complaintsReceived + other.complaintsReceived,
                complaintsAnswered + other.complaintsAnswered, ratings + other.ratings, ratingSum + other.ratingSum);
    }

    Figures withItems(long distinctItems) {
        return new Figures(departmentCode, departmentName, accepted, completed, onTime, workingDaysUsed,
                promisedDays, legalDays, distinctItems, complaintsReceived, complaintsAnswered, ratings, ratingSum);
    }

    static Figures empty(String departmentCode, String departmentName) {
        return new Figures(departmentCode, departmentName, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1,
                RoundingMode.HALF_UP);
    }

    private static BigDecimal ratio(long sum, long count) {
        return count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
    }
}
