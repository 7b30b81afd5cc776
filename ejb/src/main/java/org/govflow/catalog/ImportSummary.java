package org.govflow.catalog;

import java.io.Serializable;

/**
 * What an import wrote. An item whose rows equal its published version keeps that version (unchanged);
 * a changed one gets a new published version, and a draft it had is discarded.
 */
public record ImportSummary(int departments, int newDepartments, int items, int newItems, int changedItems,
                            int unchangedItems, int materials, int steps, int discardedDrafts) implements Serializable {
}
