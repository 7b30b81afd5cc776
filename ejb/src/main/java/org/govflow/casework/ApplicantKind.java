package org.govflow.casework;

/** Who applies: a natural person (resident ID) or an organisation (unified social credit code). */
public enum ApplicantKind {
    PERSON,
    ORGANISATION
}
