package org.govflow.web.staff.approval;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govflow.casework.CaseStep;
import org.govflow.casework.StepService;
import org.govflow.casework.StepState;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * An approver's inbox: the running and suspended steps of their own department, the soonest due first,
 * each row coloured by where it stands against its deadline (on time, warned, overdue).
 */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private StepService stepService;

    private List<CaseStep> steps;

    @PostConstruct
    void load() {
        steps = stepService.listInbox();
    }

    /** The row's style: its deadline state, or suspended. */
    public String rowClass(CaseStep step) {
        if (step.getState() == StepState.SUSPENDED) {
            return "gf-deadline-suspended";
        }
        return "gf-deadline-" + step.getDeadline().getState().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public List<CaseStep> getSteps() {
        return steps;
    }
}
