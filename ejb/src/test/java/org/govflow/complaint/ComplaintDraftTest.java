package org.govflow.complaint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

class ComplaintDraftTest {

    @ParameterizedTest
    @ValueSource(strings = {"13800138000", "199 1234 5678", "+8613800138000", "0588-87611000", "058887611000",
            "010-62345678", "0588-87611000-123", "(0588)87611000"})
    void mainlandMobileAndLandlineNumbersAreValid(String phone) {
        assertThat(ComplaintDraft.isValidPhone(phone)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "12800138000", "1380013800", "138001380000", "87611000", "0588-0761100",
            "abc13800138000", "13800138000a", "+1 650 555 0100"})
    void otherNumbersAreInvalid(String phone) {
        assertThat(ComplaintDraft.isValidPhone(phone)).isFalse();
    }

    @Test
    void emailMustLookLikeAnAddress() {
        assertThat(ComplaintDraft.isValidEmail("zhang.san@example.com.cn")).isTrue();
        assertThat(ComplaintDraft.isValidEmail(" li+gov@mail.example.org ")).isTrue();
        assertThat(ComplaintDraft.isValidEmail("zhangsan")).isFalse();
        assertThat(ComplaintDraft.isValidEmail("zhangsan@localhost")).isFalse();
        assertThat(ComplaintDraft.isValidEmail("张三@example.com")).isFalse();
        assertThat(ComplaintDraft.isValidEmail("a b@example.com")).isFalse();
    }

    @Test
    void completeNamedComplaintHasNoProblems() {
        ComplaintDraft draft = named();

        assertThat(draft.problems()).isEmpty();
        assertThat(draft.targetReference()).isEqualTo("SCJ");
    }

    @Test
    void emptyDraftNamesEveryMissingField() {
        ComplaintDraft draft = new ComplaintDraft();

        assertThat(draft.problems()).containsExactly(
                entry("department", "complaint.department.required"),
                entry("category", "complaint.category.required"),
                entry("content", "complaint.content.required"),
                entry("name", "complaint.name.required"),
                entry("phone", "complaint.phone.required"));
    }

    @Test
    void targetFieldFollowsTheKindOfTarget() {
        ComplaintDraft draft = named();
        draft.setDepartment(null);

        draft.setTargetKind(TargetKind.CASE);
        assertThat(draft.problems()).containsOnlyKeys("caseNumber");
        draft.setCaseNumber("SL-2026-000123");
        assertThat(draft.problems()).isEmpty();
        assertThat(draft.targetReference()).isEqualTo("SL-2026-000123");

        draft.setTargetKind(TargetKind.WINDOW);
        assertThat(draft.problems()).containsEntry("window", "complaint.window.required");
        draft.setWindow("  A12 窗口 ");
        assertThat(draft.problems()).isEmpty();
        assertThat(draft.targetReference()).isEqualTo("A12 窗口");
    }

    @Test
    void anonymousComplaintNeedsNoContact() {
        ComplaintDraft draft = named();
        draft.setName(null);
        draft.setPhone("not a phone");
        draft.setEmail("not an address");

        draft.setAnonymous(true);

        assertThat(draft.problems()).isEmpty();
    }

    @Test
    void malformedPhoneAndEmailAndOverlongTextAreReported() {
        ComplaintDraft draft = named();
        draft.setPhone("12345");
        draft.setEmail("zhangsan@");
        draft.setContent("投".repeat(ComplaintDraft.MAX_CONTENT + 1));

        assertThat(draft.problems()).containsOnly(
                entry("content", "complaint.content.tooLong"),
                entry("phone", "complaint.phone.invalid"),
                entry("email", "complaint.email.invalid"));
    }

    @Test
    void textOfExactlyTheLimitIsAccepted() {
        ComplaintDraft draft = named();
        draft.setContent("投".repeat(ComplaintDraft.MAX_CONTENT));

        assertThat(draft.problems()).isEmpty();
    }

    static ComplaintDraft named() {
        ComplaintDraft draft = new ComplaintDraft();
        draft.setTargetKind(TargetKind.DEPARTMENT);
        draft.setDepartment("SCJ");
        draft.setCategory(ComplaintCategory.SERVICE_ATTITUDE);
        draft.setContent("窗口工作人员态度生硬。");
        draft.setName("张三");
        draft.setPhone("13800138000");
        draft.setEmail("zhangsan@example.com");
        return draft;
    }
}
