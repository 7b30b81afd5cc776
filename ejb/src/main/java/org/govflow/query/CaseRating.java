package org.govflow.query;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.govflow.platform.GovFlowException;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The applicant's rating (好差评) of a closed case, on five levels from 1 (very poor) to 5 (very good), with an
 * optional comment; one per case. The two lowest levels open a rectification item for the case's department.
 */
@Entity
@Table(name = "case_rating")
@NamedQuery(name = "CaseRating.findByCase", query = "SELECT r FROM CaseRating r WHERE r.caseId = :caseId")
public class CaseRating implements Serializable {

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;
    /** Ratings at or below this level open a rectification item. */
    public static final int POOR_SCORE = 2;
    public static final int MAX_COMMENT = 500;

    @Id
    @SequenceGenerator(name = "case_rating_seq", sequenceName = "case_rating_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_rating_seq")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "department_code", nullable = false, length = 20)
    private String departmentCode;

    @Column(nullable = false)
    private int score;

    @Column(name = "rating_comment", length = MAX_COMMENT)
    private String comment;

    @Column(name = "rated_at", nullable = false)
    private OffsetDateTime ratedAt;

    protected CaseRating() {
    }

    CaseRating(long caseId, String departmentCode, int score, String comment, OffsetDateTime ratedAt) {
        if (score < MIN_SCORE || score > MAX_SCORE) {
            throw new GovFlowException("query.rating.scoreInvalid", MIN_SCORE, MAX_SCORE);
        }
        String clean = comment == null || comment.isBlank() ? null : comment.strip();
        if (clean != null && clean.length() > MAX_COMMENT) {
            throw new GovFlowException("query.rating.commentTooLong", MAX_COMMENT);
        }
        this.caseId = caseId;
        this.departmentCode = Objects.requireNonNull(departmentCode, "departmentCode");
        this.score = score;
        this.comment = clean;
        this.ratedAt = Objects.requireNonNull(ratedAt, "ratedAt");
    }

    public boolean isPoor() {
        return score <= POOR_SCORE;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public int getScore() {
        return score;
    }

    public String getComment() {
        return comment;
    }

    public OffsetDateTime getRatedAt() {
        return ratedAt;
    }
}
