package org.govflow.catalog;

/** Where an item version stands: edited, published for applicants, or replaced by a newer one. */
public enum VersionStatus {
    DRAFT,
    PUBLISHED,
    SUPERSEDED
}
