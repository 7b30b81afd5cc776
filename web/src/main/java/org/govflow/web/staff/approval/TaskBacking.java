package org.govflow.web.staff.approval;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govflow.casework.Case;
import org.govflow.casework.CaseService;
import org.govflow.casework.CaseStep;
import org.govflow.casework.StepAction;
import org.govflow.casework.StepService;
import org.govflow.casework.StepState;
import org.govflow.casework.SuspensionReason;
import org.govflow.catalog.StepKind;
import org.govflow.platform.GovFlowException;
import org.govflow.staff.Roles;
import org.govflow.web.Messages;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * One task of an approver: the case and its step, the materials and history, and the actions on the step
 * (pass, reject, return, suspend, resume, and the head's extension), each with the opinion or reason typed
 * here. Every action goes to the service with the step's version as shown, so if someone else acted first
 * the approver is told to reload instead of acting twice.
 */
@Named
@ViewScoped
public class TaskBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String INBOX = "/staff/approval/inbox?faces-redirect=true";

    @Inject
    private StepService stepService;

    @Inject
    private CaseService caseService;

    private Long stepId;
    private CaseStep step;
    private Case caseFile;
    private List<StepAction> actions = List.of();
    private String note;
    private Integer returnTarget;
    private SuspensionReason suspensionReason;
    private Integer extensionDays;
    private boolean stale;

    /**
     * Opens what the address names. A view action, not a constructor callback, so that a message about a
     * wrong address is there before the page's message area is rendered.
     */
    public void open() {
        String parameter = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get("step");
        if (parameter == null || parameter.isBlank()) {
            Messages.error("address.numberMissing");
            return;
        }
        try {
            stepId = Long.valueOf(parameter);
            load();
        } catch (NumberFormatException e) {
            Messages.error("case.step.notFound", parameter);
        } catch (GovFlowException e) {
            Messages.error(e);
        }
    }

    private void load() {
        step = stepService.getTask(stepId);
        caseFile = step.getCaseFile();
        actions = caseService.listActions(caseFile.getId());
    }

    public String pass() {
        return act(() -> stepService.pass(stepId, step.getVersion(), note), "task.passed", true);
    }

    public String reject() {
        return act(() -> stepService.reject(stepId, step.getVersion(), note), "task.rejected", true);
    }

    public String returnTo() {
        if (returnTarget == null) {
            Messages.error("task.returnTarget.required");
            return null;
        }
        return act(() -> stepService.returnTo(stepId, step.getVersion(), returnTarget, note), "task.returned",
                true);
    }

    public String suspend() {
        return act(() -> stepService.suspend(stepId, step.getVersion(), suspensionReason, note), "task.suspended",
                false);
    }

    public String resume() {
        return act(() -> stepService.resume(stepId, step.getVersion(), note), "task.resumed", false);
    }

    public String extend() {
        if (extensionDays == null) {
            Messages.error("case.extension.daysInvalid");
            return null;
        }
        return act(() -> stepService.extend(stepId, step.getVersion(), extensionDays, note), "task.extended",
                false);
    }

    /** Shows the task afresh, as it stands now. */
    public String reload() {
        return "/staff/approval/task?faces-redirect=true&step=" + stepId;
    }

    private String act(Runnable action, String doneKey, boolean backToInbox) {
        try {
            action.run();
        } catch (GovFlowException e) {
            stale = "case.concurrentChange".equals(e.getMessageKey());
            Messages.error(e);
            return null;
        }

        Messages.info(doneKey, caseFile.displayNumber(), step.getSeq());
        if (backToInbox) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return INBOX;
        }
        note = null;
        extensionDays = null;
        load();
        return null;
    }

    /** Whether this step may be acted on by the signed-in approver now. */
    public boolean isActionable() {
        return step != null && step.getState() == StepState.RUNNING && (!isDecision() || isHead());
    }

    /** Whether the case stands suspended at this very step, so it is the one to resume it. */
    public boolean isResumable() {
        return step != null && step.getState() == StepState.SUSPENDED
                && caseFile.findSuspendingStep().map(s -> s.getId().equals(step.getId())).orElse(false);
    }

    public boolean isDecision() {
        return step != null && step.getKind() == StepKind.DECISION;
    }

    public boolean isHead() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Roles.DEPARTMENT_HEAD);
    }

    /** The department steps this one may be sent back to: those before its stage. */
    public List<CaseStep> getReturnTargets() {
        if (step == null) {
            return List.of();
        }
        int stageStart = caseFile.getSteps().stream()
                .filter(s -> s.getId().equals(step.getId())
                        || step.isParallel() && step.getParallelGroup().equals(s.getParallelGroup()))
                .mapToInt(CaseStep::getSeq)
                .min()
                .orElse(step.getSeq());
        return caseFile.getSteps().stream().filter(s -> !s.isWindowStep() && s.getSeq() < stageStart).toList();
    }

    public SuspensionReason[] getSuspensionReasons() {
        return SuspensionReason.values();
    }

    public CaseStep getStep() {
        return step;
    }

    public Case getCaseFile() {
        return caseFile;
    }

    public List<StepAction> getActions() {
        return actions;
    }

    public boolean isStale() {
        return stale;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Integer getReturnTarget() {
        return returnTarget;
    }

    public void setReturnTarget(Integer returnTarget) {
        this.returnTarget = returnTarget;
    }

    public SuspensionReason getSuspensionReason() {
        return suspensionReason;
    }

    public void setSuspensionReason(SuspensionReason suspensionReason) {
        this.suspensionReason = suspensionReason;
    }

    public Integer getExtensionDays() {
        return extensionDays;
    }

    public void setExtensionDays(Integer extensionDays) {
        this.extensionDays = extensionDays;
    }
}
