package org.govflow.ws.casework.dto;

import java.util.List;

/**
 * A window clerk's acceptance of a submitted application.
 *
 * @param receivedMaterials the seq numbers of the materials the window has; absent means all of the item's
 * @param pendingCorrection accept although mandatory materials are missing (补正)
 * @param version           the case version the clerk saw; absent means the current one
 */
public record AcceptanceRequestDto(List<Integer> receivedMaterials, Boolean pendingCorrection, Long version) {
}
