package org.govflow.web.query;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govflow.platform.GovFlowException;
import org.govflow.platform.Settings;
import org.govflow.query.CaseProgress;
import org.govflow.query.PublicQueryService;
import org.govflow.query.QueryResult;
import org.govflow.web.Messages;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The public query page (query.xhtml): progress, result and rating of a case for whoever holds its acceptance
 * number and query password. Request-scoped on a stateless (transient) view, so a visitor without a session,
 * or whose session expired, is never told the view expired; every request carries the number and password again.
 */
@Named
@RequestScoped
public class QueryBacking {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int MAX_NUMBER = 40;

    @Inject
    private PublicQueryService queryService;

    @Inject
    private Settings settings;

    private String number;
    private String password;
    private Integer score;
    private String comment;
    private CaseProgress progress;

    /** Fills in the number from the receipt's QR code link (query.xhtml?no=...) when the page is opened. */
    @PostConstruct
    void prefill() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && !faces.isPostback()) {
            String no = faces.getExternalContext().getRequestParameterMap().get("no");
            if (no != null && !no.isBlank() && no.strip().length() <= MAX_NUMBER) {
                number = no.strip();
            }
        }
    }

    /** Looks the case up; a wrong number and a wrong password get the same message. */
    public void query() {
        QueryResult result = queryService.query(number, password);
        progress = result.progress();
        if (result.status() == QueryResult.Status.LOCKED) {
            Messages.error("query.locked");
        } else if (result.status() == QueryResult.Status.NOT_FOUND) {
            Messages.error("query.notFound");
        }
    }

    /** Rates the closed case once; then shows it again with the rating. */
    public void rate() {
        try {
            queryService.rate(number, password, score == null ? 0 : score, comment);
            Messages.info("query.rating.thanks");
            comment = null;
        } catch (GovFlowException e) {
            Messages.error(e);
        }
        query();
    }

    public List<Integer> getScores() {
        return List.of(5, 4, 3, 2, 1);
    }

    /** An instant in the centre's zone. */
    public String time(OffsetDateTime instant) {
        return instant == null ? "" : instant.atZoneSameInstant(settings.zone()).format(TIME);
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public String label(String prefix, Enum<?> value) {
        return value == null ? "" : Messages.text(prefix + value.name());
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

    public Integer getScore() {
        return score;
    }

    public void setScore(Integer score) {
        this.score = score;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public CaseProgress getProgress() {
        return progress;
    }
}
