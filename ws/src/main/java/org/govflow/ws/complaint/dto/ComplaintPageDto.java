package org.govflow.ws.complaint.dto;

import java.util.List;

/**
 * One page of complaints, oldest first.
 *
 * @param total how many complaints all pages hold together
 */
public record ComplaintPageDto(int page, int size, long total, List<ComplaintDto> complaints) {
}
