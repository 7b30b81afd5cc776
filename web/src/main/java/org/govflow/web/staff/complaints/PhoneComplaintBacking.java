package org.govflow.web.staff.complaints;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.govflow.complaint.ComplaintDraft;
import org.govflow.complaint.ComplaintReceipt;
import org.govflow.complaint.ComplaintService;
import org.govflow.web.complaint.ComplaintFormBacking;

import java.io.Serial;

/**
 * The form on which centre staff enter a complaint taken by telephone (staff/complaints/phone-complaint.xhtml):
 * the public form's fields, filed as a telephone complaint and not limited per address.
 */
@Named
@ViewScoped
public class PhoneComplaintBacking extends ComplaintFormBacking {

    @Serial
    private static final long serialVersionUID = 1L;

    @PostConstruct
    void load() {
        loadDepartments();
    }

    @Override
    protected ComplaintReceipt file(ComplaintService service, ComplaintDraft draft) {
        return service.recordPhoneComplaint(draft);
    }
}
