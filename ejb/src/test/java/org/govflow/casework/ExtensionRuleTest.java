package org.govflow.casework;

import org.govflow.platform.GovFlowException;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExtensionRuleTest {

    @Test
    void capIsTenForOneDepartmentAndFifteenForJointHandling() {
        assertThat(ExtensionRule.capFor(Optional.empty(), false)).isEqualTo(10);
        assertThat(ExtensionRule.capFor(Optional.empty(), true)).isEqualTo(15);
    }

    @Test
    void anItemsOwnCapWinsWhateverTheHandling() {
        assertThat(ExtensionRule.capFor(Optional.of(30), false)).isEqualTo(30);
        assertThat(ExtensionRule.capFor(Optional.of(5), true)).isEqualTo(5);
        assertThat(ExtensionRule.capFor(Optional.of(0), false)).isZero();
    }

    @Test
    void extensionsUpToTheCapAreAllowed() {
        assertThatCode(() -> ExtensionRule.check(0, 10, 10)).doesNotThrowAnyException();
        assertThatCode(() -> ExtensionRule.check(5, 5, 10)).doesNotThrowAnyException();
        assertThatCode(() -> ExtensionRule.check(10, 5, 15)).doesNotThrowAnyException();
    }

    @Test
    void extensionsPastTheCapCountTogether() {
        assertThatThrownBy(() -> ExtensionRule.check(5, 6, 10))
                .isInstanceOfSatisfying(GovFlowException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("case.extension.overCap");
                    assertThat(e.getArguments()).containsExactly(10, 5, 5);
                });
        assertThatThrownBy(() -> ExtensionRule.check(0, 16, 15)).hasMessage("case.extension.overCap");
    }

    @Test
    void anExtensionIsAtLeastOneDay() {
        assertThatThrownBy(() -> ExtensionRule.check(0, 0, 10)).hasMessage("case.extension.daysInvalid");
        assertThatThrownBy(() -> ExtensionRule.check(0, -3, 10)).hasMessage("case.extension.daysInvalid");
    }
}
