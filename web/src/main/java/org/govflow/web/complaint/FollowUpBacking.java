package org.govflow.web.complaint;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govflow.complaint.ComplaintFollowUp;
import org.govflow.complaint.ComplaintService;
import org.govflow.platform.GovFlowException;
import org.govflow.web.Messages;

import java.io.Serial;
import java.io.Serializable;

/**
 * The public follow-up page (complaint/follow-up.xhtml): status and reply of a complaint for whoever holds
 * its number and password. A wrong number and a wrong password get the same message.
 */
@Named
@ViewScoped
public class FollowUpBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private ComplaintService complaintService;

    private String number;
    private String password;
    private ComplaintFollowUp result;

    public void query() {
        try {
            result = complaintService.followUp(number, password).orElse(null);
        } catch (GovFlowException e) {
            result = null;
            Messages.error(e);
            return;
        }
        if (result == null) {
            Messages.error("complaint.followUp.failed");
        }
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public ComplaintFollowUp getResult() {
        return result;
    }
}
