package org.govflow.ws.catalog.dto;

import java.util.List;

/**
 * One page of items, by code.
 *
 * @param page  1 for the first page
 * @param total how many items all pages hold together
 */
public record ItemPageDto(int page, int size, long total, List<ItemSummaryDto> items) {
}
