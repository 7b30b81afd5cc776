package org.govflow.web.staff.window;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govflow.casework.Case;
import org.govflow.casework.CaseMaterial;
import org.govflow.casework.CaseService;
import org.govflow.platform.GovFlowException;
import org.govflow.web.Messages;
import org.primefaces.PrimeFaces;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The window's queue: applications submitted by other systems waiting to be checked (each opens in the
 * acceptance window), and cases accepted pending correction whose missing materials the clerk records as
 * they arrive.
 */
@Named
@ViewScoped
public class QueueBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private CaseService caseService;

    private List<Case> submitted;
    private List<Case> pendingCorrection;
    private Long arrivalCaseId;
    private long arrivalVersion;
    private String arrivalNumber;
    private List<MaterialRow> arrivalRows = List.of();

    @PostConstruct
    void load() {
        submitted = caseService.listQueue();
        pendingCorrection = caseService.listPendingCorrection();
    }

    /** Opens the arrival form for a case pending correction, listing what it still lacks. */
    public void startArrival(Case pending) {
        arrivalCaseId = pending.getId();
        arrivalVersion = pending.getVersion();
        arrivalNumber = pending.displayNumber();
        arrivalRows = pending.missingMaterials().stream().map(MaterialRow::of).toList();
    }

    public void recordArrival() {
        Set<Integer> arrived = arrivalRows.stream().filter(MaterialRow::isReceived).map(MaterialRow::getSeq)
                .collect(Collectors.toSet());
        try {
            Case updated = caseService.recordMaterialsArrived(arrivalCaseId, arrivalVersion, arrived);
            Messages.info(updated.missingMaterials().isEmpty() ? "queue.arrival.complete" : "queue.arrival.partial",
                    updated.displayNumber());
        } catch (GovFlowException e) {
            Messages.error(e);
            return;
        }
        PrimeFaces.current().ajax().addCallbackParam("saved", true);
        load();
    }

    /** The missing materials of a case pending correction, for the list. */
    public String missing(Case pending) {
        return pending.missingMaterials().stream()
                .map(CaseMaterial::getName)
                .collect(Collectors.joining(Messages.text("punct.list")));
    }

    public List<Case> getSubmitted() {
        return submitted;
    }

    public List<Case> getPendingCorrection() {
        return pendingCorrection;
    }

    public String getArrivalNumber() {
        return arrivalNumber;
    }

    public List<MaterialRow> getArrivalRows() {
        return arrivalRows;
    }
}
