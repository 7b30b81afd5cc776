package org.govflow.ws.error;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import org.govflow.platform.GovFlowException;
import org.govflow.platform.NotFoundException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class FailureTest {

    @Test
    void notFoundNamesWhatIsMissing() {
        Failure item = Failure.from(new NotFoundException("catalog.item.notFound", "X-1"));
        Failure staff = Failure.from(new NotFoundException("staff.notFound", "bob"));

        assertThat(item.code()).isEqualTo("GF-404-ITEM");
        assertThat(item.status()).isEqualTo(404);
        assertThat(item.message(InteropMessages.CHINESE)).isEqualTo("找不到事项 X-1。");
        assertThat(item.message(Locale.ENGLISH)).isEqualTo("No item X-1.");
        assertThat(staff.code()).isEqualTo("GF-404-STAFF");
    }

    @Test
    void businessRefusalGetsACodeFromItsKeyAndAGenericTextWhenTheBundleLacksIt() {
        Failure refusal = Failure.from(new GovFlowException("case.alreadyAccepted", "A-1"));

        assertThat(refusal.code()).isEqualTo("GF-422-CASE-ALREADY-ACCEPTED");
        assertThat(refusal.status()).isEqualTo(422);
        assertThat(refusal.message(InteropMessages.CHINESE))
                .isEqualTo("请求未能完成（GF-422-CASE-ALREADY-ACCEPTED）。");
    }

    @Test
    void enterpriseBeanWrappersAreLookedThrough() {
        Failure wrapped = Failure.from(new EJBException(new NotFoundException("department.notFound", "NOPE")));
        Failure denied = Failure.from(new EJBAccessException("WFLYEJB0364: Invocation on method denied"));

        assertThat(wrapped.code()).isEqualTo("GF-404-DEPARTMENT");
        assertThat(denied.code()).isEqualTo("GF-403");
        assertThat(denied.message(InteropMessages.CHINESE)).doesNotContain("WFLYEJB");
    }

    @Test
    void anUnexpectedFailureIsAnIncidentThatSaysNothingOfItsCause() {
        Failure failure = Failure.from(new IllegalStateException("secret table xyz is corrupt"));

        assertThat(failure.code()).isEqualTo("GF-500");
        assertThat(failure.status()).isEqualTo(500);
        assertThat(failure.incidentId()).isNotBlank();
        assertThat(failure.message(InteropMessages.CHINESE)).contains(failure.incidentId()).doesNotContain("secret");
        assertThat(Problem.of(failure, Locale.ENGLISH).detail()).contains(failure.incidentId())
                .doesNotContain("secret", "IllegalStateException");
    }

    @Test
    void englishOnlyWhenTheCallerPrefersIt() {
        assertThat(InteropMessages.choose(List.of())).isEqualTo(InteropMessages.CHINESE);
        assertThat(InteropMessages.choose(List.of(Locale.ENGLISH, Locale.CHINESE))).isEqualTo(Locale.ENGLISH);
        assertThat(InteropMessages.choose(List.of(Locale.GERMAN, Locale.CHINESE, Locale.ENGLISH)))
                .isEqualTo(InteropMessages.CHINESE);
        assertThat(InteropMessages.choose(List.of(Locale.GERMAN))).isEqualTo(InteropMessages.CHINESE);
    }
}
