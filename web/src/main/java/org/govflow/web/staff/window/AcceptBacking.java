package org.govflow.web.staff.window;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govflow.casework.Acceptance;
import org.govflow.casework.Applicant;
import org.govflow.casework.ApplicantKind;
import org.govflow.casework.Case;
import org.govflow.casework.CaseMaterial;
import org.govflow.casework.CaseService;
import org.govflow.casework.CaseState;
import org.govflow.casework.Receipt;
import org.govflow.catalog.CatalogService;
import org.govflow.catalog.ItemVersion;
import org.govflow.platform.GovFlowException;
import org.govflow.web.Messages;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The acceptance window: pick an item, enter the applicant, tick the materials received, then accept,
 * accept pending correction, or decline. Opened with {@code ?submitted=<case id>} it checks an application
 * from another system instead. The result shows the acceptance number, the query password (this once
 * only) and the QR code of the public query address, and offers the receipt PDF, which only this view can
 * print since only it holds the password; a declined application offers the one-time notice of what it
 * lacks. Everything typed survives a refusal.
 */
@Named
@ViewScoped
public class AcceptBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final int SEARCH_MAX = 20;
    private static final String PNG_DATA = "data:image/png;base64,";
    private static final String PDF = "application/pdf";

    @Inject
    private CaseService caseService;

    @Inject
    private CatalogService catalogService;

    private String itemQuery;
    private String itemCode;
    private String itemName;
    private Submission submission;
    private ApplicantKind applicantKind = ApplicantKind.PERSON;
    private String applicantName;
    private String idNumber;
    private String legalRepresentative;
    private String phone;
    private List<MaterialRow> materials = List.of();
    private Acceptance acceptance;
    private String qrCode;
    private List<String> declinedMissing;
    private Long declinedCaseId;

    /**
     * Opens what the address names. A view action, not a constructor callback, so that a message about a
     * wrong address is there before the page's message area is rendered.
     */
    public void open() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap();
        try {
            if (parameters.get("submitted") != null) {
                openSubmission(Long.parseLong(parameters.get("submitted")));
            } else if (parameters.get("item") != null) {
                choose(parameters.get("item"));
            }
        } catch (NumberFormatException e) {
            Messages.error("case.notFound", parameters.get("submitted"));
        }
    }

    /** Items whose name or code contains what the clerk typed, as "code name". */
    public List<String> completeItem(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return catalogService.searchItems(text, SEARCH_MAX).stream()
                .map(item -> item.getCode() + " " + item.getName())
                .toList();
    }

    public void itemSelected(SelectEvent<String> event) {
        choose(event.getObject().split(" ", 2)[0]);
    }

    /** Ticks every material: the applicant brought all of them. */
    public void receiveAll() {
        materials.forEach(row -> row.setReceived(true));
    }

    public void accept() {
        complete(false);
    }

    public void acceptPendingCorrection() {
        complete(true);
    }

    public void decline() {
        try {
            Case declined = submission != null
                    ? caseService.declineSubmitted(submission.caseId(), submission.version(), receivedSeqs())
                    : caseService.decline(itemCode, applicant(), receivedSeqs());
            declinedCaseId = declined.getId();
            declinedMissing = caseService.listMissingMaterials(declined.getId()).stream()
                    .map(CaseMaterial::getName)
                    .toList();
            Messages.info("accept.declined");
        } catch (GovFlowException e) {
            Messages.error(e);
        }
    }

    private void complete(boolean pendingCorrection) {
        try {
            Acceptance accepted;
            if (submission != null) {
                accepted = caseService.acceptSubmitted(submission.caseId(), submission.version(), receivedSeqs(),
                        pendingCorrection);
            } else if (pendingCorrection) {
                accepted = caseService.acceptPendingCorrection(itemCode, applicant(), receivedSeqs());
            } else {
                accepted = caseService.accept(itemCode, applicant(), receivedSeqs());
            }
            acceptance = accepted;
            qrCode = PNG_DATA + Base64.getEncoder().encodeToString(
                    caseService.queryQrCode(accepted.receipt().caseId()));
            Messages.info("accept.done", accepted.receipt().acceptanceNumber());
        } catch (GovFlowException e) {
            Messages.error(e);
        }
    }

    /** The receipt to print, with the query password this view alone still holds. */
    public StreamedContent getReceiptPdf() {
        Acceptance accepted = acceptance;
        return DefaultStreamedContent.builder()
                .name(Messages.text("accept.receiptFile", accepted.receipt().acceptanceNumber()))
                .contentType(PDF)
                .stream(() -> new ByteArrayInputStream(caseService.renderReceipt(accepted)))
                .build();
    }

    /** The one-time notice of the missing materials, for a declined application or one pending correction. */
    public StreamedContent getNoticePdf() {
        long caseId = declinedCaseId != null ? declinedCaseId : acceptance.receipt().caseId();
        String number = declinedCaseId != null ? itemCode : acceptance.receipt().acceptanceNumber();
        return DefaultStreamedContent.builder()
                .name(Messages.text("accept.noticeFile", number))
                .contentType(PDF)
                .stream(() -> new ByteArrayInputStream(caseService.renderMissingNotice(caseId)))
                .build();
    }

    private void choose(String code) {
        try {
            ItemVersion version = catalogService.getPublishedVersion(code);
            itemCode = version.getItem().getCode();
            itemName = version.getName();
            itemQuery = itemCode + " " + itemName;
            materials = version.getMaterials().stream().map(MaterialRow::of).toList();
        } catch (GovFlowException e) {
            Messages.error(e);
        }
    }

    private void openSubmission(long caseId) {
        try {
            Case submitted = caseService.getCase(caseId);
            if (submitted.getState() != CaseState.SUBMITTED) {
                Messages.error("case.state.wrong", submitted.displayNumber(), submitted.getState().name());
                return;
            }
            submission = Submission.of(submitted);
            choose(submitted.getItemCode());
        } catch (GovFlowException e) {
            Messages.error(e);
        }
    }

    private Applicant applicant() {
        return applicantKind == ApplicantKind.ORGANISATION
                ? Applicant.organisation(applicantName, idNumber, legalRepresentative, phone)
                : Applicant.person(applicantName, idNumber, phone);
    }

    private Set<Integer> receivedSeqs() {
        return materials.stream().filter(MaterialRow::isReceived).map(MaterialRow::getSeq)
                .collect(Collectors.toSet());
    }

    /** Whether the clerk has chosen an item (or opened a submission) and may fill in the rest. */
    public boolean isItemChosen() {
        return itemCode != null;
    }

    /** Whether the application has been dealt with, so the result shows instead of the form. */
    public boolean isDone() {
        return acceptance != null || declinedMissing != null;
    }

    public boolean isOrganisation() {
        return applicantKind == ApplicantKind.ORGANISATION;
    }

    public ApplicantKind[] getApplicantKinds() {
        return ApplicantKind.values();
    }

    public String getItemQuery() {
        return itemQuery;
    }

    public void setItemQuery(String itemQuery) {
        this.itemQuery = itemQuery;
    }

    public String getItemCode() {
        return itemCode;
    }

    public String getItemName() {
        return itemName;
    }

    public Submission getSubmission() {
        return submission;
    }

    public ApplicantKind getApplicantKind() {
        return applicantKind;
    }

    public void setApplicantKind(ApplicantKind applicantKind) {
        this.applicantKind = applicantKind;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public void setApplicantName(String applicantName) {
        this.applicantName = applicantName;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public void setLegalRepresentative(String legalRepresentative) {
        this.legalRepresentative = legalRepresentative;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public List<MaterialRow> getMaterials() {
        return materials;
    }

    public Acceptance getAcceptance() {
        return acceptance;
    }

    /** The receipt of the acceptance just made; none before. */
    public Receipt getReceipt() {
        return acceptance == null ? null : acceptance.receipt();
    }

    public String getQrCode() {
        return qrCode;
    }

    public List<String> getDeclinedMissing() {
        return declinedMissing;
    }

    /**
     * An application from another system being checked: its case at the version the clerk saw, and what the
     * other system sent about the applicant.
     */
    public record Submission(long caseId, long version, String trackingReference, String submittingSystem,
                             String externalReference, OffsetDateTime receivedAt, ApplicantKind applicantKind,
                             String applicantName, String idNumber, String legalRepresentative, String phone)
            implements Serializable {

        static Submission of(Case submitted) {
            Applicant applicant = submitted.getApplicant();
            return new Submission(submitted.getId(), submitted.getVersion(), submitted.getTrackingReference(),
                    submitted.getSubmittingSystem(), submitted.getExternalReference(), submitted.getReceivedAt(),
                    applicant.getKind(), applicant.getName(), applicant.getIdNumber(),
                    applicant.getLegalRepresentative(), applicant.getPhone());
        }
    }
}
