package org.govflow.mail;

import jakarta.mail.MessagingException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class OutgoingMailTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 3, 2, 1, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void retryDelayDoublesFromTenSecondsUpToTenMinutes() {
        assertThat(OutgoingMail.retryDelay(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(OutgoingMail.retryDelay(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(OutgoingMail.retryDelay(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(OutgoingMail.retryDelay(6)).isEqualTo(Duration.ofSeconds(320));
        assertThat(OutgoingMail.retryDelay(7)).isEqualTo(Duration.ofMinutes(10));
        assertThat(OutgoingMail.retryDelay(200)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void newMailIsPendingAndDueAtOnce() {
        OutgoingMail mail = mail();

        assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(mail.getNextAttemptAt()).isEqualTo(T0);
        assertThat(mail.getAttempts()).isZero();
    }

    @Test
    void failedAttemptStaysPendingAndIsDueAfterTheBackOff() {
        OutgoingMail mail = mail();

        mail.markAttemptFailed(T0, "MessagingException");
        mail.markAttemptFailed(T0.plusSeconds(10), "MessagingException");

        assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(mail.getAttempts()).isEqualTo(2);
        assertThat(mail.getNextAttemptAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(mail.getLastError()).isEqualTo("MessagingException");
    }

    @Test
    void mailIsGivenUpAfterTheLastAllowedAttempt() {
        OutgoingMail mail = mail();

        for (int i = 0; i < OutgoingMail.MAX_ATTEMPTS; i++) {
            mail.markAttemptFailed(T0, "MessagingException");
        }

        assertThat(mail.getStatus()).isEqualTo(MailStatus.FAILED);
        assertThat(mail.getStatus().isOutstanding()).isFalse();
    }

    @Test
    void sentMailRecordsWhen() {
        OutgoingMail mail = mail();
        mail.markAttemptFailed(T0, "MessagingException");

        mail.markSent(T0.plusMinutes(1));

        assertThat(mail.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(mail.getSentAt()).isEqualTo(T0.plusMinutes(1));
        assertThat(mail.getAttempts()).isEqualTo(2);
        assertThat(mail.getLastError()).isNull();
    }

    @Test
    void failureIsDescribedByExceptionClassesOnly() {
        Exception failure = new MessagingException("550 rejected <zhangsan@example.com>",
                new ConnectException("Connection refused to centre@govflow.local"));

        String described = MailOutboxService.describe(failure);

        assertThat(described).isEqualTo("MessagingException <- ConnectException").doesNotContain("@");
    }

    private static OutgoingMail mail() {
        return new OutgoingMail("centre@govflow.local", "主题", "正文", "complaint", "TS-2026-00000000", T0);
    }
}
