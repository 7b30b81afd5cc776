package org.govflow.catalog;

import java.util.List;

/**
 * What an administrator edits in a draft version: its terms, materials and steps. Materials and steps
 * use the rows of {@link CatalogData} (item code and row are ignored; row is the line in the editor).
 */
public record DraftContent(ItemTerms terms, List<CatalogData.MaterialRow> materials,
                           List<CatalogData.StepRow> steps) {

    public DraftContent {
        materials = List.copyOf(materials);
        steps = List.copyOf(steps);
    }
}
