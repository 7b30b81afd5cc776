package org.govflow.casework;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** GB 11643-1999 check characters, worked out by hand below. */
class ResidentIdNumberTest {

    @Test
    void checkCharacterXIsTenModuloEleven() {
        // 1 1 0 1 0 5 1 9 4 9 1 2 3 1 0 0 2 weighted 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2:
        // 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167; 167 mod 11 = 2; "10X98765432"[2] = X
        assertThat(ResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(ResidentIdNumber.isValid("11010519491231002X")).isTrue();
    }

    @Test
    void checkCharacterDigit() {
        // 3 3 0 1 0 6 1 9 9 0 0 1 0 1 1 2 4 weighted as above:
        // 21+27+0+5+0+24+2+9+54+0+0+9+0+5+8+8+8 = 180; 180 mod 11 = 4; "10X98765432"[4] = 8
        assertThat(ResidentIdNumber.checkCharacter("33010619900101124")).isEqualTo('8');
        assertThat(ResidentIdNumber.isValid("330106199001011248")).isTrue();
    }

    @Test
    void wrongCheckCharacterIsInvalid() {
        assertThat(ResidentIdNumber.isValid("330106199001011247")).isFalse();
        assertThat(ResidentIdNumber.isValid("33010619900101124X")).isFalse();
        assertThat(ResidentIdNumber.isValid("110105194912310020")).isFalse();
    }

    @Test
    void impossibleBirthDateIsInvalidEvenWithTheRightCheckCharacter() {
        // 1990-02-30: the body's sum is 180 - (0*7+1*9+0*10+1*5) + (0*7+2*9+3*10+0*5) = 214; 214 mod 11 = 5 -> 7
        assertThat(ResidentIdNumber.checkCharacter("33010619900230124")).isEqualTo('7');
        assertThat(ResidentIdNumber.isValid("330106199002301247")).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"11010519491231002", "11010519491231002XX", "1101051949123100AX", "11010519491231002x"})
    void malformedNumbersAreInvalid(String number) {
        assertThat(ResidentIdNumber.isValid(number)).isFalse();
    }
}
