package org.govflow.ws.casework.dto;

/**
 * Who applies, as another system sends it.
 *
 * @param kind                PERSON (resident ID number) or ORGANISATION (unified social credit code)
 * @param idNumber            the 18-character resident ID number or unified social credit code
 * @param legalRepresentative required for an organisation
 */
public record ApplicantDto(String kind, String name, String idNumber, String legalRepresentative, String phone) {
}
