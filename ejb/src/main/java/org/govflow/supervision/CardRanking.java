package org.govflow.supervision;

import java.io.Serializable;

/**
 * A department's place in a month's ranking by cards: the fewest red cards, then the fewest yellow cards,
 * come last; the most come first.
 */
public record CardRanking(int rank, String departmentCode, String departmentName, long yellowCards,
                          long redCards) implements Serializable {
}
