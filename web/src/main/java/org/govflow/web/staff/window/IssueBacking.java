package org.govflow.web.staff.window;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govflow.casework.Case;
import org.govflow.casework.CaseService;
import org.govflow.casework.Issuance;
import org.govflow.platform.GovFlowException;
import org.govflow.web.CentreTime;
import org.govflow.web.Messages;
import org.primefaces.PrimeFaces;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The issuing window: cases whose departments are done wait here until the clerk records the decision
 * document or certificate number, the fee charged (0 for free items) and the day the applicant collected
 * it, which closes the case. What the clerk typed survives a refusal.
 */
@Named
@ViewScoped
public class IssueBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private CaseService caseService;

    @Inject
    private CentreTime centreTime;

    private List<Case> cases;
    private Long caseId;
    private long caseVersion;
    private String caseNumber;
    private boolean chargeable;
    private String documentNumber;
    private BigDecimal feeAmount;
    private String feeReceiptNumber;
    private LocalDate collectedOn;

    @PostConstruct
    void load() {
        cases = caseService.listToIssue();
    }

    /** Opens the issuing form for one case, with no fee and today as the collection day. */
    public void start(Case toIssue) {
        caseId = toIssue.getId();
        caseVersion = toIssue.getVersion();
        caseNumber = toIssue.displayNumber();
        chargeable = toIssue.isChargeable();
        documentNumber = null;
        feeAmount = BigDecimal.ZERO;
        feeReceiptNumber = null;
        collectedOn = centreTime.today();
    }

    public void issue() {
        try {
            Case closed = caseService.issue(caseId, caseVersion,
                    new Issuance(documentNumber, feeAmount, feeReceiptNumber, collectedOn));
            Messages.info("issue.done", closed.displayNumber(), closed.getWorkingDaysUsed());
        } catch (GovFlowException e) {
            Messages.error(e);
            return;
        }
        caseId = null;
        PrimeFaces.current().ajax().addCallbackParam("saved", true);
        load();
    }

    public List<Case> getCases() {
        return cases;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public boolean isChargeable() {
        return chargeable;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }

    public BigDecimal getFeeAmount() {
        return feeAmount;
    }

    public void setFeeAmount(BigDecimal feeAmount) {
        this.feeAmount = feeAmount;
    }

    public String getFeeReceiptNumber() {
        return feeReceiptNumber;
    }

    public void setFeeReceiptNumber(String feeReceiptNumber) {
        this.feeReceiptNumber = feeReceiptNumber;
    }

    public LocalDate getCollectedOn() {
        return collectedOn;
    }

    public void setCollectedOn(LocalDate collectedOn) {
        this.collectedOn = collectedOn;
    }
}
