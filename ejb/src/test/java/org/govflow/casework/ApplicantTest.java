package org.govflow.casework;

import org.govflow.platform.GovFlowException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApplicantTest {

    @Test
    void personIdIsNormalisedToUpperCase() {
        Applicant person = Applicant.person(" 张三 ", "11010519491231002x", "0588-87611000");

        assertThat(person.getKind()).isEqualTo(ApplicantKind.PERSON);
        assertThat(person.getName()).isEqualTo("张三");
        assertThat(person.getIdNumber()).isEqualTo("11010519491231002X");
    }

    @Test
    void organisationNeedsValidCodeAndRepresentative() {
        Applicant firm = Applicant.organisation("某某有限公司", "91350100m000100y43", "李四", "13800138000");

        assertThat(firm.getIdNumber()).isEqualTo("91350100M000100Y43");
        assertThat(firm.getLegalRepresentative()).isEqualTo("李四");
        assertThatThrownBy(() -> Applicant.organisation("某某有限公司", "91350100M000100Y43", " ", "13800138000"))
                .isInstanceOf(GovFlowException.class)
                .hasMessage("case.applicant.representativeRequired");
    }

    @Test
    void malformedIdentityNumbersAndPhonesAreRefusedWithTheirKeys() {
        assertThatThrownBy(() -> Applicant.person("张三", "110105194912310020", "13800138000"))
                .hasMessage("case.applicant.residentIdInvalid");
        assertThatThrownBy(() -> Applicant.organisation("公司", "91350100M000100Y44", "李四", "13800138000"))
                .hasMessage("case.applicant.creditCodeInvalid");
        assertThatThrownBy(() -> Applicant.person("张三", "11010519491231002X", "call me"))
                .hasMessage("case.applicant.phoneInvalid");
        assertThatThrownBy(() -> Applicant.person("", "11010519491231002X", "13800138000"))
                .hasMessage("case.applicant.nameRequired");
    }
}
