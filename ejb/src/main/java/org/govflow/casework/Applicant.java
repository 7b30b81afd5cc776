package org.govflow.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.govflow.platform.GovFlowException;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who applies: a person with a resident ID number, or an organisation with a unified social credit code
 * and a legal representative, each with a phone number. The factories refuse a malformed identity number
 * (its check character is verified) with a message key for the user.
 */
@Embeddable
public class Applicant implements Serializable {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{5,30}[0-9]");
    private static final int MAX_NAME = 200;
    private static final int MAX_REPRESENTATIVE = 60;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_kind", nullable = false, length = 20)
    private ApplicantKind kind;

    @Column(name = "applicant_name", nullable = false, length = 200)
    private String name;

    @Column(name = "applicant_id_no", nullable = false, length = 18)
    private String idNumber;

    @Column(name = "legal_representative", length = 60)
    private String legalRepresentative;

    @Column(name = "applicant_phone", nullable = false, length = 40)
    private String phone;

    protected Applicant() {
        // for JPA
    }

    private Applicant(ApplicantKind kind, String name, String idNumber, String legalRepresentative, String phone) {
        this.kind = kind;
        this.name = name;
        this.idNumber = idNumber;
        this.legalRepresentative = legalRepresentative;
        this.phone = phone;
    }

    /**
     * A natural person.
     *
     * @throws GovFlowException if the name is missing, the resident ID is malformed or the phone is not one
     */
    public static Applicant person(String name, String residentId, String phone) {
        String id = upper(residentId);
        if (!ResidentIdNumber.isValid(id)) {
            throw new GovFlowException("case.applicant.residentIdInvalid");
        }
        return new Applicant(ApplicantKind.PERSON, required(name, MAX_NAME, "case.applicant.nameRequired"), id,
                null, phone(phone));
    }

    /**
     * An organisation.
     *
     * @throws GovFlowException if a name is missing, the credit code is malformed or the phone is not one
     */
    public static Applicant organisation(String name, String creditCode, String legalRepresentative,
                                         String phone) {
        String code = upper(creditCode);
        if (!SocialCreditCode.isValid(code)) {
            throw new GovFlowException("case.applicant.creditCodeInvalid");
        }
        return new Applicant(ApplicantKind.ORGANISATION, required(name, MAX_NAME, "case.applicant.nameRequired"),
                code, required(legalRepresentative, MAX_REPRESENTATIVE, "case.applicant.representativeRequired"),
                phone(phone));
    }

    private static String required(String value, int maxLength, String key) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty() || clean.length() > maxLength) {
            throw new GovFlowException(key, maxLength);
        }
        return clean;
    }

    private static String phone(String value) {
        String clean = value == null ? "" : value.strip();
        if (!PHONE.matcher(clean).matches()) {
            throw new GovFlowException("case.applicant.phoneInvalid");
        }
        return clean;
    }

    private static String upper(String value) {
        return value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    }

    public ApplicantKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    /** The resident ID number of a person, or the credit code of an organisation. */
    public String getIdNumber() {
        return idNumber;
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public String getPhone() {
        return phone;
    }
}
