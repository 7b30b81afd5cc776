package org.govflow.web.staff.supervision;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govflow.casework.Case;
import org.govflow.casework.CaseService;
import org.govflow.casework.StepAction;
import org.govflow.platform.GovFlowException;
import org.govflow.supervision.Card;
import org.govflow.supervision.SupervisionService;
import org.govflow.supervision.Urge;
import org.govflow.web.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * The analysis of one case (staff/supervision/case.xhtml?no=…): every action with actor, instant, client
 * address and timeliness, the steps' working days, suspensions, returns, fees, cards and urges; and the
 * supervisor's urge form, which keeps the note typed when it is refused.
 */
@Named
@ViewScoped
public class CaseAnalysisBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private SupervisionService supervision;

    @Inject
    private CaseService cases;

    private String number;
    private Case caseFile;
    private List<StepAction> actions = List.of();
    private List<Card> cards = List.of();
    private List<Urge> urges = List.of();
    private Integer urgeStep;
    private String urgeNote;

    /** Loads the case named by the view parameter; one out of reach shows a message instead. */
    public void load() {
        if (number == null || number.isBlank()) {
            Messages.error("address.numberMissing");
            return;
        }
        try {
            caseFile = supervision.getCase(number);
            actions = cases.listActions(caseFile.getId());
            cards = supervision.listCards(number);
            urges = supervision.listUrges(number);
        } catch (GovFlowException e) {
            Messages.error(e);
            caseFile = null;
        }
    }

    /** Sends the urge and shows it in the list. */
    public void urge() {
        try {
            supervision.urge(number, urgeStep, urgeNote);
            urgeNote = null;
            urgeStep = null;
            Messages.info("supervision.urge.sent");
            load();
        } catch (GovFlowException e) {
            Messages.error(e);
        }
    }

    /** The printable analysis. */
    public StreamedContent getPdf() {
        String printed = number;
        return DefaultStreamedContent.builder()
                .name(Messages.text("supervision.case.fileName") + "-" + printed + ".pdf")
                .contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(supervision.caseAnalysisPdf(printed)))
                .build();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Case getCaseFile() {
        return caseFile;
    }

    public List<StepAction> getActions() {
        return actions;
    }

    public List<Card> getCards() {
        return cards;
    }

    public List<Urge> getUrges() {
        return urges;
    }

    public Integer getUrgeStep() {
        return urgeStep;
    }

    public void setUrgeStep(Integer urgeStep) {
        this.urgeStep = urgeStep;
    }

    public String getUrgeNote() {
        return urgeNote;
    }

    public void setUrgeNote(String urgeNote) {
        this.urgeNote = urgeNote;
    }
}
