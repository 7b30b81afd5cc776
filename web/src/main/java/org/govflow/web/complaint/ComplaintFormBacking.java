package org.govflow.web.complaint;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.govflow.catalog.Department;
import org.govflow.complaint.ComplaintDraft;
import org.govflow.complaint.ComplaintReceipt;
import org.govflow.complaint.ComplaintService;
import org.govflow.complaint.InvalidComplaintException;
import org.govflow.complaint.TargetKind;
import org.govflow.platform.GovFlowException;
import org.govflow.web.Messages;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What the public complaint form and the staff's telephone form share: the draft the fields bind to, which
 * survives a refused submission, and the receipt shown once after filing. The service checks the draft;
 * each invalid field gets its own message next to it.
 */
public abstract class ComplaintFormBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The id of the form that holds the fields of WEB-INF/includes/complaint-fields.xhtml. */
    static final String FORM_ID = "complaintForm";

    @Inject
    private ComplaintService complaintService;

    private ComplaintDraft draft = new ComplaintDraft();
    private List<Department> departments;
    private ComplaintReceipt receipt;

    /** Files the draft through the service; the subclass says how. */
    protected abstract ComplaintReceipt file(ComplaintService service, ComplaintDraft draft);

    protected void loadDepartments() {
        departments = complaintService.listDepartments();
        if (departments.isEmpty()) {
            draft.setTargetKind(TargetKind.WINDOW);
        }
    }

    public void submit() {
        try {
            receipt = file(complaintService, draft);
        } catch (InvalidComplaintException e) {
            showProblems(e.getProblems());
        } catch (GovFlowException e) {
            Messages.error(e);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    private static void showProblems(Map<String, String> problems) {
        FacesContext context = FacesContext.getCurrentInstance();
        problems.forEach((field, key) -> {
            String clientId = FORM_ID + UINamingContainer.getSeparatorChar(context) + field;
            UIComponent component = context.getViewRoot().findComponent(clientId);
            if (component instanceof UIInput input) {
                input.setValid(false);
            }
            String text = Messages.text(key);
            context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        });
        Messages.error("complaint.invalid");
        context.validationFailed();
    }

    public ComplaintDraft getDraft() {
        return draft;
    }

    public List<Department> getDepartments() {
        return departments;
    }

    public ComplaintReceipt getReceipt() {
        return receipt;
    }
}
