package org.govflow.announcement;

import org.govflow.casework.ApplicantKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameMaskTest {

    @Test
    void personKeepsTheSurnameAndHidesEachOtherCharacter() {
        assertThat(NameMask.mask(ApplicantKind.PERSON, "张三")).isEqualTo("张*");
        assertThat(NameMask.mask(ApplicantKind.PERSON, "王小明")).isEqualTo("王**");
        assertThat(NameMask.mask(ApplicantKind.PERSON, " 李四 ")).isEqualTo("李*");
    }

    @Test
    void compoundSurnameIsKeptWhole() {
        assertThat(NameMask.mask(ApplicantKind.PERSON, "欧阳娜娜")).isEqualTo("欧阳**");
        assertThat(NameMask.mask(ApplicantKind.PERSON, "欧阳修")).isEqualTo("欧阳*");
        assertThat(NameMask.mask(ApplicantKind.PERSON, "欧阳")).isEqualTo("欧*");
    }

    @Test
    void singleCharacterNameStillHidesSomething() {
        assertThat(NameMask.mask(ApplicantKind.PERSON, "张")).isEqualTo("张*");
    }

    @Test
    void characterOutsideTheBasicPlaneCountsAsOne() {
        assertThat(NameMask.mask(ApplicantKind.PERSON, "𠀋小明")).isEqualTo("𠀋**");
    }

    @Test
    void organisationIsPublishedInFull() {
        assertThat(NameMask.mask(ApplicantKind.ORGANISATION, "某某投资有限公司")).isEqualTo("某某投资有限公司");
    }
}
