package org.govflow.ws.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.govflow.calendar.CentreClock;
import org.govflow.catalog.Department;
import org.govflow.complaint.Complaint;
import org.govflow.complaint.ComplaintService;
import org.govflow.ws.Paging;
import org.govflow.ws.complaint.dto.ComplaintDto;
import org.govflow.ws.complaint.dto.ComplaintPageDto;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Pages through complaints and their state for the discipline inspection system, for REST and SOAP alike. */
@ApplicationScoped
public class ComplaintInterop {

    @Inject
    private ComplaintService complaints;

    @Inject
    private CentreClock clock;

    /** Complaints received or moved on after {@code since} (all when null), oldest first. */
    public ComplaintPageDto listChangedSince(OffsetDateTime since, Integer page, Integer size) {
        Paging paging = Paging.of(page, size);
        LocalDate today = clock.today();

        long total = complaints.countChangedSince(since);
        var list = complaints.listChangedSince(since, paging.first(), paging.size()).stream()
                .map(c -> complaint(c, today))
                .toList();
        return new ComplaintPageDto(paging.page(), paging.size(), total, list);
    }

    private static ComplaintDto complaint(Complaint c, LocalDate today) {
        return new ComplaintDto(c.getNumber(), c.getChannel().name(), c.getCategory().name(),
                c.getTargetKind().name(), code(c.getTargetDepartment()), c.getStatus().name(),
                instant(c.getReceivedAt()), c.getHandlerKind() == null ? null : c.getHandlerKind().name(),
                code(c.getHandlerDepartment()), c.getDueDate() == null ? null : c.getDueDate().toString(),
                instant(c.getAnsweredAt()), instant(c.getClosedAt()), c.isOverdueOn(today));
    }

    private static String code(Department department) {
        return department == null ? null : department.getCode();
    }

    private static String instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant().toString();
    }
}
