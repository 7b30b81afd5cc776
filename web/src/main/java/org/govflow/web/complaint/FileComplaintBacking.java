package org.govflow.web.complaint;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govflow.audit.RequestOrigin;
import org.govflow.complaint.ComplaintDraft;
import org.govflow.complaint.ComplaintReceipt;
import org.govflow.complaint.ComplaintService;

import java.io.Serial;

/**
 * The public complaint form (complaint/file-complaint.xhtml). No sign-in; the service limits how many
 * complaints one client address files an hour.
 */
@Named
@ViewScoped
public class FileComplaintBacking extends ComplaintFormBacking {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private RequestOrigin origin;

    @PostConstruct
    void load() {
        loadDepartments();
    }

    @Override
    protected ComplaintReceipt file(ComplaintService service, ComplaintDraft draft) {
        return service.fileOnline(draft, origin.getClientAddress());
    }
}
