package org.govflow.testing;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.govflow.complaint.ComplaintDraft;
import org.govflow.complaint.ComplaintService;

import java.io.Serial;

/** Files a complaint and then fails in the same transaction, which must leave neither complaint nor mail. */
@Stateless
public class RollingBackFiler {

    @Inject
    private ComplaintService complaints;

    /** Always throws {@link Aborted}, carrying the number the complaint would have had. */
    public void fileThenFail(ComplaintDraft draft, String clientAddress) {
        String number = complaints.fileOnline(draft, clientAddress).getNumber();
        throw new Aborted(number);
    }

    /** The failure after filing; it rolls the transaction back. */
    @ApplicationException(rollback = true)
    public static class Aborted extends RuntimeException {

        @Serial
        private static final long serialVersionUID = 1L;

        private final String number;

        public Aborted(String number) {
            super("aborted after filing " + number);
            this.number = number;
        }

        public String getNumber() {
            return number;
        }
    }
}
