package org.govflow.it;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Runs axe-core (bundled with Deque's Selenium binding, so nothing is downloaded) on the page a browser shows,
 * against WCAG 2.1 A and AA and axe's best practices (headings, landmarks).
 */
final class Accessibility {

    private static final Logger LOG = Logger.getLogger(Accessibility.class.getName());
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private Accessibility() {
    }

    /**
     * The serious and critical violations on the current page, one line each with its rule and elements;
     * lesser ones go to the test log.
     */
    static List<String> seriousViolations(WebDriver driver) {
        Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
        if (results.getErrorMessage() != null) {
            throw new IllegalStateException("axe-core failed on " + results.getUrl() + ": "
                    + results.getErrorMessage());
        }
        for (Rule rule : results.getViolations()) {
            if (!BLOCKING.contains(rule.getImpact())) {
                LOG.warning(() -> "axe " + rule.getImpact() + " on " + results.getUrl() + ": " + describe(rule));
            }
        }
        return results.getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact()))
                .map(Accessibility::describe)
                .toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getHelp() + "): "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
    }
}
