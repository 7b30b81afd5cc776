package org.govflow.web.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govflow.complaint.Complaint;
import org.govflow.complaint.ComplaintCategory;
import org.govflow.complaint.HandlerKind;
import org.govflow.complaint.TargetKind;
import org.govflow.mail.MailStatus;
import org.govflow.platform.Settings;
import org.govflow.web.Messages;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/** Options, labels and formats that every complaint page shows the same way, in the page's language. */
@Named
@ApplicationScoped
public class ComplaintLabels {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    private Settings settings;

    public List<ComplaintCategory> getCategories() {
        return Arrays.asList(ComplaintCategory.values());
    }

    public List<TargetKind> getTargetKinds() {
        return Arrays.asList(TargetKind.values());
    }

    public List<HandlerKind> getHandlerKinds() {
        return Arrays.asList(HandlerKind.values());
    }

    /** Whom a complaint concerns, in words. */
    public String concerns(Complaint complaint) {
        return switch (complaint.getTargetKind()) {
            case DEPARTMENT -> complaint.getTargetDepartment().getName();
            case CASE, WINDOW -> Messages.text("complaint.concerns." + complaint.getTargetKind(),
                    complaint.getTargetReference());
        };
    }

    /** Who handles a complaint, in words; empty before it is assigned. */
    public String handler(Complaint complaint) {
        if (complaint.getHandlerKind() == null) {
            return "";
        }
        return complaint.getHandlerKind() == HandlerKind.DEPARTMENT ? complaint.getHandlerDepartment().getName()
                : Messages.text("complaint.handler." + complaint.getHandlerKind());
    }

    /** The start of a complaint's text for lists, as plain text. */
    public String excerpt(Complaint complaint) {
        String content = complaint.getContent().strip().replaceAll("\\s+", " ");
        return content.length() <= 60 ? content : content.substring(0, 60) + "…";
    }

    public String mailStatus(MailStatus status) {
        return Messages.text(status == null ? "complaint.mail.none" : "complaint.mail." + status);
    }

    /** An instant in the centre's zone. */
    public String time(OffsetDateTime instant) {
        return instant == null ? "" : instant.atZoneSameInstant(settings.zone()).format(TIME);
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** Today in the centre's zone. */
    public LocalDate today() {
        return LocalDate.now(settings.clock());
    }
}
