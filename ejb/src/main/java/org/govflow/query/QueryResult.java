package org.govflow.query;

/**
 * The answer to one public query: the case's progress, or why there is none. A wrong number and a wrong
 * password are the same {@link Status#NOT_FOUND}.
 *
 * @param progress the case's progress when found, else null
 */
public record QueryResult(Status status, CaseProgress progress) {

    /** Whether the query found a case. */
    public enum Status {
        FOUND,
        NOT_FOUND,
        /** Too many failed tries for this number or from this address; try again later. */
        LOCKED
    }

    static QueryResult of(Status status) {
        return new QueryResult(status, null);
    }
}
