package org.govflow.ws;

import org.govflow.ws.error.ErrorCode;
import org.govflow.ws.error.InteropException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParamsTest {

    @Test
    void readsWhatIsWellFormed() {
        assertThat(Params.date("from", " 2025-09-26 ")).isEqualTo(LocalDate.of(2025, 9, 26));
        assertThat(Params.integer("days", "3")).isEqualTo(3);
        assertThat(Params.optionalInteger("page", " ")).isNull();
        assertThat(Params.instant("changedSince", "2026-01-01T00:00:00+08:00"))
                .isEqualTo(OffsetDateTime.parse("2025-12-31T16:00:00Z"));
        assertThat(Params.instant("changedSince", null)).isNull();
        assertThat(Params.optional("  ")).isNull();
    }

    @Test
    void saysWhichParameterIsWrongAndHow() {
        assertThatThrownBy(() -> Params.date("from", "2025-13-40")).isInstanceOfSatisfying(InteropException.class,
                e -> {
                    assertThat(e.getErrorCode()).isEqualTo(ErrorCode.INVALID_DATE);
                    assertThat(e.getArguments()).containsExactly("from", "2025-13-40");
                });
        assertThatThrownBy(() -> Params.date("from", "2025-02-30")).isInstanceOfSatisfying(InteropException.class,
                e -> assertThat(e.getErrorCode()).isEqualTo(ErrorCode.INVALID_DATE));
        assertThatThrownBy(() -> Params.integer("days", "abc")).isInstanceOfSatisfying(InteropException.class,
                e -> assertThat(e.getErrorCode()).isEqualTo(ErrorCode.INVALID_NUMBER));
        assertThatThrownBy(() -> Params.date("from", "")).isInstanceOfSatisfying(InteropException.class,
                e -> assertThat(e.getErrorCode()).isEqualTo(ErrorCode.MISSING_PARAMETER));
        assertThatThrownBy(() -> Params.within("days", -1, 0, 3660)).isInstanceOfSatisfying(InteropException.class,
                e -> assertThat(e.getArguments()).containsExactly("days", "0", "3660", "-1"));
        assertThatThrownBy(() -> Params.instant("changedSince", "yesterday"))
                .isInstanceOfSatisfying(InteropException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(ErrorCode.INVALID_TIMESTAMP));
    }
}
