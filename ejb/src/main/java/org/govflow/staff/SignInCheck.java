package org.govflow.staff;

import java.time.OffsetDateTime;

/**
 * What GovFlow knows about an account before the realm checks its password. The realm refuses disabled
 * and locked accounts anyway; this lets the sign-in page say why.
 *
 * @param status      whether the account may try to sign in
 * @param lockedUntil when a lock ends, for {@link Status#LOCKED}
 */
public record SignInCheck(Status status, OffsetDateTime lockedUntil) {

    /** The state of an account as seen by the sign-in page. */
    public enum Status {
        /** The account exists, is enabled and not locked. */
        READY,
        /** No such account; the page answers exactly as for a wrong password. */
        UNKNOWN,
        /** An administrator disabled the account. */
        DISABLED,
        /** Too many failed attempts; see {@link SignInCheck#lockedUntil()}. */
        LOCKED
    }

    static SignInCheck of(Status status) {
        return new SignInCheck(status, null);
    }
}
