package org.govflow.web.staff.complaints;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govflow.catalog.Department;
import org.govflow.complaint.Complaint;
import org.govflow.complaint.ComplaintService;
import org.govflow.complaint.ComplaintStatus;
import org.govflow.complaint.HandlerKind;
import org.govflow.mail.MailOutboxService;
import org.govflow.mail.OutgoingMail;
import org.govflow.platform.GovFlowException;
import org.govflow.web.Messages;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One complaint (staff/complaints/complaint.xhtml?number=…): its text exactly as written, its mails, and
 * the step the caller may take now: assign (centre staff), answer (the handler) or close (centre staff).
 * A refused step keeps what was typed; a done one redirects, so reloading never repeats it.
 */
@Named
@ViewScoped
public class ComplaintBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String SELF = "/staff/complaints/complaint.xhtml?faces-redirect=true&includeViewParams=true";

    @Inject
    private ComplaintService complaintService;

    @Inject
    private MailOutboxService mailOutbox;

    private String number;
    private Complaint complaint;
    private List<OutgoingMail> mails;
    private List<Department> departments;

    private HandlerKind handlerKind = HandlerKind.DEPARTMENT;
    private String handlerDepartment;
    private Integer limitDays = 10;
    private String findings;
    private String reply;

    /** Loads the complaint named by the view parameter; an unknown one shows a message instead. */
    public void load() {
        if (number == null || number.isBlank()) {
            Messages.error("address.numberMissing");
            return;
        }
        try {
            complaint = complaintService.get(number);
        } catch (GovFlowException e) {
            Messages.error(e);
            complaint = null;
            return;
        }
        mails = new ArrayList<>(mailOutbox.listByReference(ComplaintService.SUBJECT, complaint.getNumber()));
        mails.addAll(mailOutbox.listByReference(ComplaintService.REPLY_MAIL, complaint.getNumber()));
        if (isCentreStaff()) {
            departments = complaintService.listDepartments();
            if (complaint.getHandlerKind() != null) {
                handlerKind = complaint.getHandlerKind();
                handlerDepartment = complaint.getHandlerDepartment() == null ? null
                        : complaint.getHandlerDepartment().getCode();
            }
        }
    }

    public String assign() {
        try {
            Complaint assigned = complaintService.assign(number, handlerKind, handlerDepartment,
                    limitDays == null ? 0 : limitDays);
            return done("complaintDetail.assigned", assigned.getNumber(), assigned.getDueDate());
        } catch (GovFlowException e) {
            Messages.error(e);
            return null;
        }
    }

    public String answer() {
        try {
            return done("complaintDetail.answered", complaintService.answer(number, findings, reply).getNumber());
        } catch (GovFlowException e) {
            Messages.error(e);
            return null;
        }
    }

    public String close() {
        try {
            return done("complaintDetail.closed", complaintService.close(number).getNumber());
        } catch (GovFlowException e) {
            Messages.error(e);
            return null;
        }
    }

    private static String done(String key, Object... arguments) {
        Messages.info(key, arguments);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return SELF;
    }

    public boolean isCentreStaff() {
        return CentreStaff.isSignedIn();
    }

    public boolean isAssignable() {
        return complaint != null && isCentreStaff() && (complaint.getStatus() == ComplaintStatus.RECEIVED
                || complaint.getStatus() == ComplaintStatus.ASSIGNED);
    }

    /** The service decides who may answer; the page offers the form to whoever it lists the complaint for. */
    public boolean isAnswerable() {
        return complaint != null && complaint.getStatus() == ComplaintStatus.ASSIGNED
                && (isCentreStaff() || complaint.getHandlerKind() == HandlerKind.DEPARTMENT);
    }

    public boolean isClosable() {
        return complaint != null && isCentreStaff() && complaint.getStatus() == ComplaintStatus.ANSWERED;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Complaint getComplaint() {
        return complaint;
    }

    public List<OutgoingMail> getMails() {
        return mails;
    }

    public List<Department> getDepartments() {
        return departments;
    }

    public HandlerKind getHandlerKind() {
        return handlerKind;
    }

    public void setHandlerKind(HandlerKind handlerKind) {
        this.handlerKind = handlerKind;
    }

    public String getHandlerDepartment() {
        return handlerDepartment;
    }

    public void setHandlerDepartment(String handlerDepartment) {
        this.handlerDepartment = handlerDepartment;
    }

    public Integer getLimitDays() {
        return limitDays;
    }

    public void setLimitDays(Integer limitDays) {
        this.limitDays = limitDays;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }
}
