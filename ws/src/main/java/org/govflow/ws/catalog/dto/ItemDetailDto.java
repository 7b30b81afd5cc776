package org.govflow.ws.catalog.dto;

import jakarta.json.bind.annotation.JsonbNillable;

import java.util.List;

/**
 * An item's current guide, as applicants read it: the list's fields, then the terms, materials and flow.
 *
 * @param feeBasis the document that sets the fee; null when the item is free
 * @param flow     the steps from window acceptance to issuing the result, in order
 */
@JsonbNillable
public record ItemDetailDto(String code, String name, String kind, String departmentCode, String departmentName,
                            int revision, String publishedAt, int legalDays, int promisedDays, String legalBasis,
                            String conditions, String feeStandard, String feeBasis, boolean free, String phone,
                            boolean publishDecisions, List<MaterialDto> materials, List<FlowStepDto> flow) {
}
