package org.govflow.web.staff.complaints;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govflow.complaint.Complaint;
import org.govflow.complaint.ComplaintService;
import org.govflow.mail.MailOutboxService;
import org.govflow.mail.MailStatus;
import org.govflow.web.complaint.ComplaintLabels;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The complaint list (staff/complaints/complaints.xhtml): every open complaint for centre staff, those of
 * their department for a department head, or only the overdue ones for supervision; each with the status
 * of its notice to the centre's mailbox.
 */
@Named
@ViewScoped
public class ComplaintsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private ComplaintService complaintService;

    @Inject
    private MailOutboxService mailOutbox;

    @Inject
    private ComplaintLabels labels;

    private boolean includeClosed;
    private boolean overdueOnly;
    private List<Complaint> complaints;
    private Map<String, MailStatus> noticeStatus;

    @PostConstruct
    public void load() {
        complaints = overdueOnly && isCentreStaff() ? complaintService.listOverdue(labels.today())
                : complaintService.listForCurrentStaff(includeClosed);
        noticeStatus = mailOutbox.statusByReference(ComplaintService.SUBJECT,
                complaints.stream().map(Complaint::getNumber).toList());
    }

    /** Supervisors and administrators see every complaint and take telephone complaints. */
    public boolean isCentreStaff() {
        return CentreStaff.isSignedIn();
    }

    public MailStatus noticeStatus(Complaint complaint) {
        return noticeStatus.get(complaint.getNumber());
    }

    public List<Complaint> getComplaints() {
        return complaints;
    }

    public boolean isIncludeClosed() {
        return includeClosed;
    }

    public void setIncludeClosed(boolean includeClosed) {
        this.includeClosed = includeClosed;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }
}
