package org.govflow.catalog;

/** In what form an applicant hands in a material. */
public enum MaterialForm {
    ORIGINAL,
    COPY,
    ORIGINAL_AND_COPY
}
