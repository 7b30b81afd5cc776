package org.govflow.casework;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.govflow.catalog.Department;
import org.govflow.catalog.StepKind;
import org.govflow.platform.GovFlowException;
import org.govflow.platform.NotFoundException;
import org.govflow.staff.Roles;
import org.govflow.staff.StaffService;

import java.util.List;
import java.util.logging.Logger;

/**
 * Owns approval in the departments: each approver's inbox of the running steps of their own department,
 * and the actions on a step (pass, reject, return, suspend, resume, and the department head's extension).
 * A decision step is the department head's. Every action records who, when, from where and how timely,
 * writes its audit entry, and is refused with {@code case.concurrentChange} when the step or its case changed
 * since the approver looked at it, so two people acting at once never both succeed.
 */
@Stateless
public class StepService {

    private static final Logger LOG = Logger.getLogger(StepService.class.getName());

    private static final List<StepState> OPEN = List.of(StepState.RUNNING, StepState.SUSPENDED);
    private static final List<StepKind> DEPARTMENT_KINDS = List.of(StepKind.REVIEW, StepKind.DECISION);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CaseSupport support;

    @Inject
    private StaffService staffService;

    @Resource
    private SessionContext context;

    /** The running and suspended steps of the caller's department, the soonest due first. */
    @RolesAllowed({Roles.APPROVER, Roles.DEPARTMENT_HEAD})
    public List<CaseStep> listInbox() {
        Department department = staffService.getCurrent().getDepartment();
        if (department == null) {
            return List.of();
        }
        return em.createNamedQuery("CaseStep.findInbox", CaseStep.class)
                .setParameter("department", department.getCode())
                .setParameter("states", OPEN)
                .setParameter("kinds", DEPARTMENT_KINDS)
                .getResultList();
    }

    /** A step of the caller's department, with its case's steps, materials, suspensions and extensions. */
    @RolesAllowed({Roles.APPROVER, Roles.DEPARTMENT_HEAD})
    public CaseStep getTask(long stepId) {
        CaseStep step = em.find(CaseStep.class, stepId);
        if (step == null) {
            throw new NotFoundException("case.step.notFound", String.valueOf(stepId));
        }
        requireOwnDepartment(step);

        Case caseFile = step.getCaseFile();
        caseFile.getSteps().size();
        caseFile.getMaterials().size();
        caseFile.getSuspensions().size();
        caseFile.getExtensions().size();
        return step;
    }

    /** Passes a step with the approver's opinion; the case moves on once its whole stage has passed. */
    @RolesAllowed({Roles.APPROVER, Roles.DEPARTMENT_HEAD})
    public CaseStep pass(long stepId, long stepVersion, String opinion) {
        String text = required(opinion, "case.opinion.required");
        return act(stepId, stepVersion, "STEP_PASSED", "",
                (caseFile, step, time, actor) -> caseFile.pass(step, text, time, actor));
    }

    /** Refuses the application at a step, with the reason; the refusal goes to the window to be served. */
    @RolesAllowed({Roles.APPROVER, Roles.DEPARTMENT_HEAD})
    public CaseStep reject(long stepId, long stepVersion, String reason) {
        String text = required(reason, "case.reason.required");
        return act(stepId, stepVersion, "STEP_REJECTED", "",
                (caseFile, step, time, actor) -> caseFile.reject(step, text, time, actor));
    }

    /** Sends a step back to an earlier department step, with the reason; that step runs again afresh. */
    @RolesAllowed({Roles.APPROVER, Roles.DEPARTMENT_HEAD})
    public CaseStep returnTo(long stepId, long stepVersion, int targetSeq, String reason) {
        String text = required(reason, "case.reason.required");
        return act(stepId, stepVersion, "STEP_RETURNED", " to step " + targetSeq,
                (caseFile, step, time, actor) -> caseFile.returnTo(step, targetSeq, text, time, actor));
    }

    /**
     * Suspends the case at a step for a legal reason: the clocks of the case and of all its running steps
     * stop, and nothing is warned, until the same step resumes it.
     */
    @RolesAllowed({Roles.APPROVER, Roles.DEPARTMENT_HEAD})
    public CaseStep suspend(long stepId, long stepVersion, SuspensionReason reason, String note) {
        if (reason == null) {
            throw new GovFlowException("case.suspension.reasonRequired");
        }
        String text = required(note, "case.reason.required");
        return act(stepId, stepVersion, "STEP_SUSPENDED", " " + reason,
                (caseFile, step, time, actor) -> caseFile.suspend(step, reason, text, time, actor));
    }

    /** Resumes a case suspended at this step; the steps' due dates are counted again from today. */
    @RolesAllowed({Roles.APPROVER, Roles.DEPARTMENT_HEAD})
    public CaseStep resume(long stepId, long stepVersion, String note) {
        String text = optional(note);
        return act(stepId, stepVersion, "STEP_RESUMED", "",
                (caseFile, step, time, actor) -> caseFile.resume(step, text, time, actor));
    }

    /**
     * Extends the case's limits (and the step's) by some working days within the legal cap, with the
     * reason; only a head of the step's department approves it.
     */
    @RolesAllowed(Roles.DEPARTMENT_HEAD)
    public CaseStep extend(long stepId, long stepVersion, int days, String reason) {
        String text = required(reason, "case.reason.required");
        return act(stepId, stepVersion, "CASE_EXTENDED", " by " + days + " working day(s)",
                (caseFile, step, time, actor) -> caseFile.extend(step, days, text, time, actor));
    }

    private CaseStep act(long stepId, long stepVersion, String auditAction, String detail, Action action) {
        CaseStep step = support.getStep(stepId, stepVersion);
        requireOwnDepartment(step);
        if (step.getKind() == StepKind.DECISION && !context.isCallerInRole(Roles.DEPARTMENT_HEAD)) {
            throw new GovFlowException("case.step.headOnly", step.getSeq(), step.getName());
        }
        Case caseFile = step.getCaseFile();
        Timekeeper time = support.timekeeper();

        Actor actor = support.act(auditAction, caseFile, caseFile.displayNumber() + " step " + step.getSeq()
                + detail, time);
        action.apply(caseFile, step, time, actor);
        support.flush(caseFile);

        LOG.info(() -> "Case " + caseFile.displayNumber() + " step " + step.getSeq() + ": " + auditAction
                + ", case now " + caseFile.getState());
        return step;
    }

    private void requireOwnDepartment(CaseStep step) {
        Department mine = staffService.getCurrent().getDepartment();
        if (mine == null || !mine.getCode().equals(step.getDepartmentCode())) {
            throw new GovFlowException("case.step.otherDepartment", step.getSeq(), step.getDepartmentName());
        }
    }

    private static String required(String text, String key) {
        String clean = optional(text);
        if (clean == null) {
            throw new GovFlowException(key, StepAction.MAX_NOTE);
        }
        return clean;
    }

    private static String optional(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String clean = text.strip();
        if (clean.length() > StepAction.MAX_NOTE) {
            throw new GovFlowException("case.note.tooLong", StepAction.MAX_NOTE);
        }
        return clean;
    }

    /** One action on a step of a case, at the action's time, by the acting member of staff. */
    @FunctionalInterface
    private interface Action {
        void apply(Case caseFile, CaseStep step, Timekeeper time, Actor actor);
    }
}
