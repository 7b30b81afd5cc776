package org.govflow.ws.catalog.dto;

import jakarta.json.bind.annotation.JsonbNillable;

/**
 * A department of the city government.
 *
 * @param code      the stable business key, e.g. SCJ
 * @param itemCount how many catalogue items it handles
 */
@JsonbNillable
public record DepartmentDto(String code, String name, String windows, String phone, String address,
                            boolean active, long itemCount) {
}
