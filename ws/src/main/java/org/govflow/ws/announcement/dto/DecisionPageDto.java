package org.govflow.ws.announcement.dto;

import java.util.List;

/**
 * One page of published decisions, oldest first.
 *
 * @param total how many decisions all pages hold together
 */
public record DecisionPageDto(int page, int size, long total, List<DecisionDto> decisions) {
}
