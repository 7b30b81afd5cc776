package org.govflow.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A GreenMail SMTP server started inside the test server, on the port its mail session sends to
 * ({@code jboss.mail.server.port}, set by arquillian.xml from {@code govflow.test.smtp-port}).
 */
public final class MailServer implements AutoCloseable {

    private final GreenMail greenMail;

    private MailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    public static MailServer start() {
        int port = Integer.getInteger("jboss.mail.server.port");
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return new MailServer(greenMail);
    }

    /** Every message received so far whose subject contains the text. */
    public List<MimeMessage> messagesAbout(String text) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> subject(message).contains(text))
                .toList();
    }

    /**
     * Runs the action until a message about the text has arrived or the time is up, then returns what
     * arrived. The action is what makes mail go out (an outbox pass).
     */
    public List<MimeMessage> awaitMessagesAbout(String text, Runnable action, Duration timeout)
            throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        action.run();
        while (messagesAbout(text).isEmpty() && Instant.now().isBefore(end)) {
            Thread.sleep(500);
            action.run();
        }
        return messagesAbout(text);
    }

    /** Waits until the condition holds or the time is up. */
    public static boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                return false;
            }
            Thread.sleep(500);
        }
        return true;
    }

    private static String subject(MimeMessage message) {
        try {
            String subject = message.getSubject();
            return subject == null ? "" : subject;
        } catch (MessagingException e) {
            throw new IllegalStateException("unreadable test message", e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
