package org.govflow.complaint;

import java.text.MessageFormat;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Writes the mails about a complaint, in Chinese, from the bundle {@code org/govflow/complaint/ComplaintMail}:
 * the notice to the centre's mailbox with a link to the staff screen, and the reply to the complainant.
 */
final class ComplaintMail {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", CHINESE);

    private final ResourceBundle bundle = ResourceBundle.getBundle("org.govflow.complaint.ComplaintMail", CHINESE);
    private final ZoneId zone;
    private final String baseUrl;

    /**
     * @param zone    the centre's zone, in which times are written
     * @param baseUrl the public address of GovFlow, without a trailing slash
     */
    ComplaintMail(ZoneId zone, String baseUrl) {
        this.zone = zone;
        this.baseUrl = baseUrl;
    }

    String noticeSubject(Complaint complaint) {
        return format("notice.subject", complaint.getNumber(), label("category", complaint.getCategory()),
                concerns(complaint));
    }

    String noticeBody(Complaint complaint) {
        return format("notice.body", complaint.getNumber(), time(complaint.getReceivedAt()),
                label("channel", complaint.getChannel()), label("category", complaint.getCategory()),
                concerns(complaint), complainant(complaint), complaint.getContent(), staffLink(complaint));
    }

    String replySubject(Complaint complaint) {
        return format("reply.subject", complaint.getNumber());
    }

    String replyBody(Complaint complaint) {
        return format("reply.body", complaint.getComplainantName(), time(complaint.getReceivedAt()),
                complaint.getNumber(), complaint.getReply(), baseUrl + "/complaint/follow-up.xhtml");
    }

    /** The staff screen of one complaint. */
    String staffLink(Complaint complaint) {
        return baseUrl + "/staff/complaints/complaint.xhtml?number=" + complaint.getNumber();
    }

    /** Whom the complaint concerns, in words. */
    String concerns(Complaint complaint) {
        return switch (complaint.getTargetKind()) {
            case DEPARTMENT -> complaint.getTargetDepartment().getName();
            case CASE -> format("target.CASE", complaint.getTargetReference());
            case WINDOW -> format("target.WINDOW", complaint.getTargetReference());
        };
    }

    private String complainant(Complaint complaint) {
        if (complaint.isAnonymous()) {
            return bundle.getString("complainant.anonymous");
        }
        return format(complaint.getComplainantEmail() == null ? "complainant.noEmail" : "complainant.withEmail",
                complaint.getComplainantName(), complaint.getComplainantPhone(), complaint.getComplainantEmail());
    }

    private String label(String prefix, Enum<?> value) {
        return bundle.getString(prefix + "." + value.name());
    }

    private String time(OffsetDateTime instant) {
        return instant.atZoneSameInstant(zone).format(TIME);
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), CHINESE).format(arguments);
    }
}
