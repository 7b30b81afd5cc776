package org.govflow.supervision;

import org.govflow.casework.CaseStep;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Writes the mail to department heads about a yellow or red card, in Chinese, from the bundle
 * {@code org/govflow/supervision/SupervisionMail}, with a link to the case analysis.
 */
final class SupervisionMail {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final ResourceBundle bundle = ResourceBundle.getBundle("org.govflow.supervision.SupervisionMail",
            CHINESE);
    private final String baseUrl;

    /** @param baseUrl the public address of GovFlow, without a trailing slash */
    SupervisionMail(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    String subject(CardKind kind, CaseStep step) {
        return format("card.subject", bundle.getString("kind." + kind.name()),
                step.getCaseFile().getAcceptanceNumber(), step.getSeq(), step.getName());
    }

    String body(CardKind kind, CaseStep step) {
        String person = step.getPerson() == null ? bundle.getString("person.none") : step.getPerson();
        return format("card.body", bundle.getString("kind." + kind.name()), step.getCaseFile().getAcceptanceNumber(),
                step.getSeq(), step.getName(), step.getDepartmentName(), step.getCaseFile().getItemName(),
                String.valueOf(step.getDeadline().getDueDate()), step.getPost(), person,
                baseUrl + "/staff/supervision/case.xhtml?no=" + step.getCaseFile().getAcceptanceNumber());
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), CHINESE).format(arguments);
    }
}
