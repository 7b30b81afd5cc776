package org.govflow.ws.soap;

import org.govflow.ws.announcement.dto.DecisionDto;
import org.govflow.ws.announcement.dto.DecisionPageDto;
import org.govflow.ws.calendar.dto.DayDto;
import org.govflow.ws.calendar.dto.DeadlineDto;
import org.govflow.ws.casework.dto.ApplicantDto;
import org.govflow.ws.casework.dto.ApplicationDto;
import org.govflow.ws.casework.dto.CaseStatusDto;
import org.govflow.ws.casework.dto.CaseStepDto;
import org.govflow.ws.casework.dto.SubmissionDto;
import org.govflow.ws.casework.dto.TimelineEventDto;
import org.govflow.ws.catalog.dto.DepartmentDto;
import org.govflow.ws.catalog.dto.FlowStepDto;
import org.govflow.ws.catalog.dto.ItemDetailDto;
import org.govflow.ws.catalog.dto.ItemPageDto;
import org.govflow.ws.catalog.dto.ItemSummaryDto;
import org.govflow.ws.catalog.dto.MaterialDto;
import org.govflow.ws.complaint.dto.ComplaintDto;
import org.govflow.ws.complaint.dto.ComplaintPageDto;
import org.govflow.ws.error.Failure;
import org.govflow.ws.error.InteropMessages;
import org.govflow.ws.soap.v1.Applicant;
import org.govflow.ws.soap.v1.CaseStatus;
import org.govflow.ws.soap.v1.CaseStep;
import org.govflow.ws.soap.v1.ComplaintState;
import org.govflow.ws.soap.v1.ComputeDeadlineResponse;
import org.govflow.ws.soap.v1.DayKind;
import org.govflow.ws.soap.v1.Department;
import org.govflow.ws.soap.v1.FlowStep;
import org.govflow.ws.soap.v1.GetCaseStatusResponse;
import org.govflow.ws.soap.v1.GetItemResponse;
import org.govflow.ws.soap.v1.GovFlowFault;
import org.govflow.ws.soap.v1.GovFlowFault_Exception;
import org.govflow.ws.soap.v1.IsWorkingDayResponse;
import org.govflow.ws.soap.v1.ItemDetail;
import org.govflow.ws.soap.v1.ItemKind;
import org.govflow.ws.soap.v1.ItemSummary;
import org.govflow.ws.soap.v1.ListComplaintsResponse;
import org.govflow.ws.soap.v1.ListDecisionsResponse;
import org.govflow.ws.soap.v1.ListDepartmentsResponse;
import org.govflow.ws.soap.v1.ListItemsResponse;
import org.govflow.ws.soap.v1.Material;
import org.govflow.ws.soap.v1.MaterialForm;
import org.govflow.ws.soap.v1.PublishedDecision;
import org.govflow.ws.soap.v1.StepKind;
import org.govflow.ws.soap.v1.SubmitApplication;
import org.govflow.ws.soap.v1.SubmitApplicationResponse;
import org.govflow.ws.soap.v1.TimelineEvent;

import java.util.List;

/** Copies the wire records the REST interface sends into the SOAP types generated from the WSDL. */
final class SoapMapping {

    private SoapMapping() {
    }

    /** The declared fault of a failure: its stable code and its Chinese message. */
    static GovFlowFault_Exception fault(Failure failure) {
        GovFlowFault detail = new GovFlowFault();
        detail.setCode(failure.code());
        detail.setMessage(failure.message(InteropMessages.CHINESE));
        detail.setIncidentId(failure.incidentId());
        return new GovFlowFault_Exception(detail.getMessage(), detail);
    }

    static ListDepartmentsResponse departments(List<DepartmentDto> departments) {
        ListDepartmentsResponse response = new ListDepartmentsResponse();
        for (DepartmentDto d : departments) {
            Department department = new Department();
            department.setCode(d.code());
            department.setName(d.name());
            department.setWindows(d.windows());
            department.setPhone(d.phone());
            department.setAddress(d.address());
            department.setActive(d.active());
            department.setItemCount(d.itemCount());
            response.getDepartment().add(department);
        }
        return response;
    }

    static ListItemsResponse items(ItemPageDto page) {
        ListItemsResponse response = new ListItemsResponse();
        response.setPage(page.page());
        response.setSize(page.size());
        response.setTotal(page.total());
        page.items().forEach(i -> response.getItem().add(summary(i, new ItemSummary())));
        return response;
    }

    static GetItemResponse item(ItemDetailDto d) {
        ItemDetail item = new ItemDetail();
        summary(new ItemSummaryDto(d.code(), d.name(), d.kind(), d.departmentCode(), d.departmentName(),
                d.revision(), d.publishedAt(), d.legalDays(), d.promisedDays()), item);
        item.setLegalBasis(d.legalBasis());
        item.setConditions(d.conditions());
        item.setFeeStandard(d.feeStandard());
        item.setFeeBasis(d.feeBasis());
        item.setFree(d.free());
        item.setPhone(d.phone());
        item.setPublishDecisions(d.publishDecisions());
        d.materials().forEach(m -> item.getMaterial().add(material(m)));
        d.flow().forEach(s -> item.getStep().add(step(s)));

        GetItemResponse response = new GetItemResponse();
        response.setItem(item);
        return response;
    }

    static IsWorkingDayResponse day(DayDto day) {
        IsWorkingDayResponse response = new IsWorkingDayResponse();
        response.setDate(day.date());
        response.setWorking(day.working());
        response.setKind(DayKind.fromValue(day.kind()));
        response.setName(day.name());
        return response;
    }

    static ComputeDeadlineResponse deadline(DeadlineDto deadline) {
        ComputeDeadlineResponse response = new ComputeDeadlineResponse();
        response.setFrom(deadline.from());
        response.setDays(deadline.days());
        response.setDeadline(deadline.deadline());
        response.setComplete(deadline.complete());
        response.getMissingYear().addAll(deadline.missingYears());
        return response;
    }

    /** The application a SOAP request carries, as the REST interface receives it. */
    static ApplicationDto application(SubmitApplication request) {
        Applicant a = request.getApplicant();
        ApplicantDto applicant = a == null ? null
                : new ApplicantDto(a.getKind(), a.getName(), a.getIdNumber(), a.getLegalRepresentative(), a.getPhone());
        return new ApplicationDto(request.getItemCode(), applicant, request.getExternalReference());
    }

    static SubmitApplicationResponse submission(SubmissionDto submission) {
        SubmitApplicationResponse response = new SubmitApplicationResponse();
        response.setTrackingReference(submission.trackingReference());
        response.setItemCode(submission.itemCode());
        response.setState(submission.state());
        return response;
    }

    static GetCaseStatusResponse caseStatus(CaseStatusDto d) {
        CaseStatus status = new CaseStatus();
        status.setTrackingReference(d.trackingReference());
        status.setAcceptanceNumber(d.acceptanceNumber());
        status.setItemCode(d.itemCode());
        status.setItemName(d.itemName());
        status.setDepartmentCode(d.departmentCode());
        status.setState(d.state());
        status.setDecision(d.decision());
        status.setReceivedAt(d.receivedAt());
        status.setAcceptedAt(d.acceptedAt());
        status.setPromisedDueDate(d.promisedDueDate());
        status.setLegalDueDate(d.legalDueDate());
        status.setIssuedAt(d.issuedAt());
        status.setDocumentNumber(d.documentNumber());
        d.steps().forEach(s -> status.getStep().add(caseStep(s)));
        d.timeline().forEach(e -> status.getEvent().add(event(e)));

        GetCaseStatusResponse response = new GetCaseStatusResponse();
        response.setCaseStatus(status);
        return response;
    }

    static ListDecisionsResponse decisions(DecisionPageDto page) {
        ListDecisionsResponse response = new ListDecisionsResponse();
        response.setPage(page.page());
        response.setSize(page.size());
        response.setTotal(page.total());
        page.decisions().forEach(d -> response.getDecision().add(decision(d)));
        return response;
    }

    static ListComplaintsResponse complaints(ComplaintPageDto page) {
        ListComplaintsResponse response = new ListComplaintsResponse();
        response.setPage(page.page());
        response.setSize(page.size());
        response.setTotal(page.total());
        page.complaints().forEach(c -> response.getComplaint().add(complaint(c)));
        return response;
    }

    private static CaseStep caseStep(CaseStepDto s) {
        CaseStep step = new CaseStep();
        step.setSeq(s.seq());
        step.setName(s.name());
        step.setKind(StepKind.fromValue(s.kind()));
        step.setDepartmentCode(s.departmentCode());
        step.setDepartmentName(s.departmentName());
        step.setState(s.state());
        step.setStartedAt(s.startedAt());
        step.setCompletedAt(s.completedAt());
        step.setDueDate(s.dueDate());
        return step;
    }

    private static TimelineEvent event(TimelineEventDto e) {
        TimelineEvent event = new TimelineEvent();
        event.setAt(e.at());
        event.setStepSeq(e.stepSeq());
        event.setStepName(e.stepName());
        event.setAction(e.action());
        event.setNote(e.note());
        event.setTimeliness(e.timeliness());
        return event;
    }

    private static PublishedDecision decision(DecisionDto d) {
        PublishedDecision decision = new PublishedDecision();
        decision.setAcceptanceNumber(d.acceptanceNumber());
        decision.setItemCode(d.itemCode());
        decision.setItemName(d.itemName());
        decision.setDepartmentCode(d.departmentCode());
        decision.setDepartmentName(d.departmentName());
        decision.setApplicantName(d.applicantName());
        decision.setDecision(d.decision());
        decision.setDecidedOn(d.decidedOn());
        decision.setDocumentNumber(d.documentNumber());
        decision.setPublishedAt(d.publishedAt());
        return decision;
    }

    private static ComplaintState complaint(ComplaintDto c) {
        ComplaintState complaint = new ComplaintState();
        complaint.setNumber(c.number());
        complaint.setChannel(c.channel());
        complaint.setCategory(c.category());
        complaint.setTargetKind(c.targetKind());
        complaint.setTargetDepartmentCode(c.targetDepartmentCode());
        complaint.setStatus(c.status());
        complaint.setReceivedAt(c.receivedAt());
        complaint.setHandlerKind(c.handlerKind());
        complaint.setHandlerDepartmentCode(c.handlerDepartmentCode());
        complaint.setDueDate(c.dueDate());
        complaint.setAnsweredAt(c.answeredAt());
        complaint.setClosedAt(c.closedAt());
        complaint.setOverdue(c.overdue());
        return complaint;
    }

    private static <T extends ItemSummary> T summary(ItemSummaryDto s, T item) {
        item.setCode(s.code());
        item.setName(s.name());
        item.setKind(ItemKind.fromValue(s.kind()));
        item.setDepartmentCode(s.departmentCode());
        item.setDepartmentName(s.departmentName());
        item.setRevision(s.revision());
        item.setPublishedAt(s.publishedAt());
        item.setLegalDays(s.legalDays());
        item.setPromisedDays(s.promisedDays());
        return item;
    }

    private static Material material(MaterialDto m) {
        Material material = new Material();
        material.setSeq(m.seq());
        material.setName(m.name());
        material.setForm(MaterialForm.fromValue(m.form()));
        material.setCopies(m.copies());
        material.setMandatory(m.mandatory());
        material.setTemplateFile(m.templateFile());
        return material;
    }

    private static FlowStep step(FlowStepDto s) {
        FlowStep step = new FlowStep();
        step.setSeq(s.seq());
        step.setName(s.name());
        step.setKind(StepKind.fromValue(s.kind()));
        step.setDepartmentCode(s.departmentCode());
        step.setDepartmentName(s.departmentName());
        step.setPost(s.post());
        step.setPerson(s.person());
        step.setLimitDays(s.limitDays());
        step.setExcluded(s.excluded());
        step.setParallelGroup(s.parallelGroup());
        return step;
    }
}
