package org.govflow.ws.announcement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.govflow.announcement.Announcement;
import org.govflow.announcement.AnnouncementService;
import org.govflow.ws.Paging;
import org.govflow.ws.announcement.dto.DecisionDto;
import org.govflow.ws.announcement.dto.DecisionPageDto;

import java.time.OffsetDateTime;

/** Pages through published decisions for another system's incremental sync, for REST and SOAP alike. */
@ApplicationScoped
public class DecisionInterop {

    @Inject
    private AnnouncementService announcements;

    /** Decisions published after {@code since} (all when null), oldest first. */
    public DecisionPageDto listPublishedSince(OffsetDateTime since, Integer page, Integer size) {
        Paging paging = Paging.of(page, size);

        long total = announcements.countPublishedSince(since);
        var decisions = announcements.listPublishedSince(since, paging.first(), paging.size()).stream()
                .map(p -> decision(p.announcement(), p.acceptanceNumber()))
                .toList();
        return new DecisionPageDto(paging.page(), paging.size(), total, decisions);
    }

    private static DecisionDto decision(Announcement a, String acceptanceNumber) {
        return new DecisionDto(acceptanceNumber, a.getItemCode(), a.getItemName(), a.getDepartmentCode(),
                a.getDepartmentName(), a.getApplicantName(), a.getDecision().name(), a.getDecidedOn().toString(),
                a.getDocumentNumber(), a.getPublishedAt().toInstant().toString());
    }
}
