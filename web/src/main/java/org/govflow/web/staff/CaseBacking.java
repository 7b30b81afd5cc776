package org.govflow.web.staff;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govflow.casework.Case;
import org.govflow.casework.CaseService;
import org.govflow.casework.StepAction;
import org.govflow.platform.GovFlowException;
import org.govflow.web.Messages;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * A case as staff see it ({@code staff/case.xhtml?id=} or {@code ?no=<acceptance number>}): its facts and
 * due dates, a flag where a deadline was counted without the official calendar, its steps, materials,
 * suspensions, extensions and every action taken.
 */
@Named
@ViewScoped
public class CaseBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private CaseService caseService;

    private Case caseFile;
    private List<StepAction> actions = List.of();

    /**
     * Opens what the address names. A view action, not a constructor callback, so that a message about a
     * wrong address is there before the page's message area is rendered.
     */
    public void open() {
        var parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        if (parameters.get("no") == null && parameters.get("id") == null) {
            Messages.error("address.numberMissing");
            return;
        }
        try {
            if (parameters.get("no") != null) {
                caseFile = caseService.findByAcceptanceNumber(parameters.get("no")).orElse(null);
            } else if (parameters.get("id") != null) {
                caseFile = caseService.getCase(Long.parseLong(parameters.get("id")));
            }
            if (caseFile == null) {
                Messages.error("case.notFound", String.valueOf(parameters.getOrDefault("no", parameters.get("id"))));
                return;
            }
            actions = caseService.listActions(caseFile.getId());
        } catch (NumberFormatException e) {
            Messages.error("case.notFound", parameters.get("id"));
        } catch (GovFlowException e) {
            Messages.error(e);
        }
    }

    public Case getCaseFile() {
        return caseFile;
    }

    public List<StepAction> getActions() {
        return actions;
    }
}
