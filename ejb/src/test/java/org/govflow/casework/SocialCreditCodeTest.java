package org.govflow.casework;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GB 32100-2015 check characters, worked out by hand below. Character values: 0-9 are themselves, then
 * A=10 B=11 C=12 D=13 E=14 F=15 G=16 H=17 J=18 K=19 L=20 M=21 N=22 P=23 Q=24 R=25 T=26 U=27 W=28 X=29 Y=30;
 * weights 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28.
 */
class SocialCreditCodeTest {

    @Test
    void checkCharacterDigit() {
        // 9 1 3 5 0 1 0 0 M 0 0 0 1 0 0 Y 4: 9+3+27+135+0+26+0+0+21*20+0+0+0+8+0+0+30*30+4*28 = 1640;
        // 1640 mod 31 = 28; 31 - 28 = 3
        assertThat(SocialCreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        assertThat(SocialCreditCode.isValid("91350100M000100Y43")).isTrue();
    }

    @Test
    void checkCharacterLetter() {
        // 9 1 4 4 0 3 0 0 7 1 5 2 6 7 2 6 X: 9+3+36+108+0+78+0+0+140+29+125+26+48+168+20+180+29*28 = 1782;
        // 1782 mod 31 = 15; 31 - 15 = 16 = G
        assertThat(SocialCreditCode.checkCharacter("9144030071526726X")).isEqualTo('G');
        assertThat(SocialCreditCode.isValid("9144030071526726XG")).isTrue();
    }

    @Test
    void checkValueThirtyOneIsWrittenZero() {
        // 1 A 0 ... 0: 1*1 + 10*3 = 31; 31 mod 31 = 0; 31 - 0 = 31, written 0
        assertThat(SocialCreditCode.checkCharacter("1A000000000000000")).isEqualTo('0');
        assertThat(SocialCreditCode.isValid("1A0000000000000000")).isTrue();
    }

    @Test
    void wrongCheckCharacterIsInvalid() {
        assertThat(SocialCreditCode.isValid("91350100M000100Y44")).isFalse();
        assertThat(SocialCreditCode.isValid("9144030071526726XF")).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"91350100M000100Y4", "91350100M000100Y433", "91350100I000100Y43", "91350100O000100Y43",
        "91350100S000100Y43", "91350100m000100Y43"})
    void malformedCodesAreInvalid(String code) {
        assertThat(SocialCreditCode.isValid(code)).isFalse();
    }
}
