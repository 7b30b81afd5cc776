package org.govflow.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web pages' security headers and cookies as a browser receives them, on public, staff and error
 * pages and on the interop module; and the main pages running under the policy without a violation.
 */
class WebSecurityIT extends ApplicationDeployment {

    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void publicPageHasOneStrictPolicyWithTheNonceOfItsScriptsAndASafeSessionCookie() throws Exception {
        HttpResponse<String> page = get(BASE_URL + "index.xhtml", null);

        assertThat(page.statusCode()).isEqualTo(200);
        String csp = assertPageHeaders(page.headers());
        Matcher nonce = NONCE.matcher(directive(csp, "script-src"));
        assertThat(nonce.find()).as("script-src carries PrimeFaces' nonce: %s", csp).isTrue();
        // every inline script of the page carries that nonce; none runs without it
        assertThat(page.body()).contains("nonce=\"" + nonce.group(1) + "\"");
        assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)(?![^>]*\\bnonce=)[^>]*>").matcher(page.body()).find())
                .as("an inline script without the nonce").isFalse();
        assertThat(page.body()).doesNotContainPattern("\\son(click|change|submit|load)=\"");

        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        List<String> flags = Arrays.stream(cookie.split(";")).map(String::strip).map(String::toLowerCase).toList();
        assertThat(flags).contains("httponly", "samesite=lax");
        // plain HTTP in the test: Secure is only set when the request came over TLS (undertow-handlers.conf)
        assertThat(flags).doesNotContain("secure");
    }

    @Test
    void staffPageSignedInHasTheSameHeaders() throws Exception {
        try (Browser browser = new Browser(BASE_URL)) {
            browser.signIn("admin", DEMO_PASSWORD);
            Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
            assertThat(session.isHttpOnly()).isTrue();
            assertThat(session.getSameSite()).isEqualTo("Lax");

            HttpResponse<String> staff = get(BASE_URL + "admin/staff.xhtml", "JSESSIONID=" + session.getValue());

            assertThat(staff.statusCode()).isEqualTo(200);
            assertThat(staff.body()).contains("staffTable").doesNotContain("loginForm:password");
            assertPageHeaders(staff.headers());
        }
    }

    @Test
    void errorPagesHaveTheHeadersAndNoServerDetails() throws Exception {
        HttpResponse<String> missing = get(BASE_URL + "no-such-page.xhtml", null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertPageHeaders(missing.headers());
        assertThat(missing.body()).contains("页面不存在").doesNotContain("WildFly", "Undertow", "at org.");
        assertIncidentLogged(missing.body());

        // a postback to a view that never existed: the expired-view page, under the same policy
        HttpResponse<String> expired = http.send(HttpRequest.newBuilder(URI.create(BASE_URL + "index.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "languageForm=languageForm&languageForm%3Alanguage=en&jakarta.faces.ViewState=1%3A2"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(expired.body()).contains("页面已过期").doesNotContain("at org.", "at jakarta.", "com.sun.faces");
        assertIncidentLogged(expired.body());
        assertPageHeaders(expired.headers());

        HttpResponse<String> resource = get(BASE_URL + "jakarta.faces.resource/css/govflow.css.xhtml?ln=govflow", null);
        assertThat(resource.statusCode()).isEqualTo(200);
        assertPageHeaders(resource.headers());
    }

    @Test
    void forbiddenPageInBothLanguagesShowsAnIncidentIdThatIsLogged() throws Exception {
        try (Browser browser = new Browser(BASE_URL)) {
            browser.signIn("clerk", DEMO_PASSWORD).open("admin/staff.xhtml");
            assertThat(browser.text("h1")).isEqualTo("无权访问");
            assertIncidentLogged(browser.driver().getPageSource());

            new Select(browser.find("#languageForm\\:language")).selectByValue("en");
            browser.find("//html[@lang='en']");
            browser.open("admin/staff.xhtml");
            assertThat(browser.text("h1")).isEqualTo("Access denied");
            browser.open("no-such-page.xhtml");
            assertThat(browser.text("h1")).isEqualTo("Page not found");
            assertThat(browser.text("#incident")).isNotBlank();
            assertThat(browser.cspViolations()).isEmpty();
        }
    }

    @Test
    void refusalsAnswerWithTheirOwnStatusNotAServerError() throws Exception {
        // the dashboard's URL rule lets an administrator in, its service refuses them: 403, not 500
        try (Browser browser = new Browser(BASE_URL)) {
            browser.signIn("admin", DEMO_PASSWORD);
            String session = "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            HttpResponse<String> refused = get(BASE_URL + "staff/supervision/dashboard.xhtml", session);
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("无权访问");
            assertPageHeaders(refused.headers());
        }

        // a form posted from elsewhere carries no script nonce of the page: 400, with the page's own message
        HttpResponse<String> form = get(BASE_URL + "query.xhtml", null);
        String cookie = form.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(form.body());
        assertThat(viewState.find()).isTrue();
        String body = "queryForm=queryForm&jakarta.faces.ViewState="
                + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(BASE_URL + "query.xhtml"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(400);
        // (PrimeFaces' client-side map of error pages names exception classes; a stack trace must not appear)
        assertThat(forged.body()).doesNotContain("at org.", "at java.");
        assertIncidentLogged(forged.body());
    }

    @Test
    void interopAnswersAllowNothingToRunAndCannotBeFramed() throws Exception {
        for (String path : List.of("api/v1/items", "api/v1/no-such-thing", "api/v1/me")) {
            HttpResponse<String> answer = get(BASE_URL + path, null);
            HttpHeaders headers = answer.headers();
            assertThat(headers.allValues("Content-Security-Policy")).as(path)
                    .containsExactly("default-src 'none'; frame-ancestors 'none'");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(answer.body()).as(path).doesNotContain("at org.", "WildFly");
        }
    }

    @Test
    void mainPagesRunUnderThePolicyWithoutAViolation() throws Exception {
        try (Browser browser = new Browser(BASE_URL)) {
            for (String page : List.of("index.xhtml", "catalog/items.xhtml", "catalog/departments.xhtml",
                    "query.xhtml", "complaint/file-complaint.xhtml", "complaint/follow-up.xhtml",
                    "statistics.xhtml", "announcements.xhtml", "login.xhtml", "no-such-page.xhtml")) {
                browser.open(page);
                assertPrimeFacesRan(browser, page);
                assertThat(browser.cspViolations()).as(page).isEmpty();
            }

            // the language switch submits through the external script, not an inline handler
            browser.open("index.xhtml");
            new Select(browser.find("#languageForm\\:language")).selectByValue("en");
            browser.find("//html[@lang='en']");
            assertThat(browser.cspViolations()).isEmpty();

            browser.signIn("admin", DEMO_PASSWORD);
            for (String page : List.of("staff/home.xhtml", "admin/staff.xhtml", "admin/audit.xhtml",
                    "admin/catalog.xhtml", "admin/calendar.xhtml", "staff/complaints/complaints.xhtml")) {
                browser.open(page);
                assertPrimeFacesRan(browser, page);
                assertThat(browser.cspViolations()).as(page).isEmpty();
            }
            browser.signOut();
            assertThat(browser.driver().findElements(org.openqa.selenium.By.id("languageForm:signOut"))).isEmpty();

            browser.signIn("clerk", DEMO_PASSWORD);
            for (String page : List.of("staff/window/accept.xhtml", "staff/window/queue.xhtml",
                    "staff/window/issue.xhtml")) {
                browser.open(page);
                assertPrimeFacesRan(browser, page);
                assertThat(browser.cspViolations()).as(page).isEmpty();
            }
        }
    }

    /** PrimeFaces' init scripts are inline, with the nonce: widgets exist only if they were allowed to run. */
    private static void assertPrimeFacesRan(Browser browser, String page) {
        Object widgets = ((JavascriptExecutor) browser.driver()).executeScript(
                "return window.PrimeFaces ? Object.keys(PrimeFaces.widgets).length : -1");
        assertThat(((Number) widgets).intValue()).as("PrimeFaces widgets on %s", page).isPositive();
    }

    /** The page shows an incident id, and the server log has a line with it. */
    private static void assertIncidentLogged(String page) throws Exception {
        Matcher incident = Pattern.compile("id=\"incident\">([0-9a-f-]{36})<").matcher(page);
        assertThat(incident.find()).as("incident id on the page").isTrue();
        String log = Files.readString(SERVER_LOG, StandardCharsets.UTF_8);
        assertThat(log).contains("Incident " + incident.group(1));
    }

    private HttpResponse<String> get(String url, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Checks the headers every web page carries and returns its one Content-Security-Policy. */
    private static String assertPageHeaders(HttpHeaders headers) {
        List<String> policies = headers.allValues("Content-Security-Policy");
        assertThat(policies).as("exactly one policy").hasSize(1);
        String csp = policies.get(0);
        assertThat(directive(csp, "frame-ancestors")).isEqualTo("frame-ancestors 'none'");
        String scripts = directive(csp, "script-src");
        assertThat(scripts).startsWith("script-src 'self'").doesNotContain("unsafe-inline", "unsafe-eval", "*");
        assertThat(directive(csp, "object-src")).isEqualTo("object-src 'none'");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Server")).isEmpty();
        assertThat(headers.firstValue("X-Powered-By")).isEmpty();
        return csp;
    }

    private static String directive(String csp, String name) {
        Optional<String> found = Arrays.stream(csp.split(";")).map(String::strip)
                .filter(d -> d.startsWith(name + " ")).findFirst();
        assertThat(found).as("%s in %s", name, csp).isPresent();
        return found.get();
    }
}
