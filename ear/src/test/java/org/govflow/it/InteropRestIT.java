package org.govflow.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST interface for other government systems, called as they call it: the calendar and catalogue
 * reads, problem+json errors with stable codes in Chinese or English, HTTP Basic sign-in of an interop
 * client with its audit entry, and the OpenAPI document.
 */
class InteropRestIT extends ApplicationDeployment {

    private static final String API = BASE_URL + "api/";

    private Client client;
    private WebTarget v1;

    @BeforeEach
    void openClient() {
        client = ClientBuilder.newClient();
        v1 = client.target(API + "v1");
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    @Test
    void deadlinesCountWorkingDaysAsGovFlowDoesEverywhere() {
        Map<String, String> deadlineByStart = Map.of(
                "2025-09-26/3", "2025-09-30",   // the Sunday before National Day is a make-up working day
                "2025-01-24/2", "2025-01-27",   // so is the Sunday before the Spring Festival
                "2026-06-18/2", "2026-06-23");  // the Dragon Boat Festival holiday is skipped

        for (Map.Entry<String, String> example : deadlineByStart.entrySet()) {
            String[] input = example.getKey().split("/");

            JsonObject deadline = json(v1.path("calendar/deadline").queryParam("from", input[0])
                    .queryParam("days", input[1]).request(), 200);

            assertThat(deadline.getString("deadline")).as(example.getKey()).isEqualTo(example.getValue());
            assertThat(deadline.getString("from")).isEqualTo(input[0]);
            assertThat(deadline.getInt("days")).isEqualTo(Integer.parseInt(input[1]));
            assertThat(deadline.getBoolean("complete")).isTrue();
            assertThat(deadline.getJsonArray("missingYears")).isEmpty();
        }
    }

    @Test
    void deadlineIntoAYearWithoutCalendarIsFlaggedIncomplete() {
        JsonObject deadline = json(v1.path("calendar/deadline").queryParam("from", "2026-12-30")
                .queryParam("days", "5").request(), 200);

        assertThat(deadline.getBoolean("complete")).isFalse();
        assertThat(deadline.getJsonArray("missingYears").getInt(0)).isEqualTo(2027);
    }

    @Test
    void daysSayWhetherTheCentreWorksAndWhy() {
        JsonObject holiday = json(v1.path("calendar/days/2025-10-01").request(), 200);
        JsonObject makeUp = json(v1.path("calendar/days/2025-09-28").request(), 200);
        JsonObject weekend = json(v1.path("calendar/days/2025-10-12").request(), 200);
        JsonObject workday = json(v1.path("calendar/days/2025-10-09").request(), 200);

        assertThat(holiday.getBoolean("working")).isFalse();
        assertThat(holiday.getString("kind")).isEqualTo("HOLIDAY");
        assertThat(holiday.getString("name")).isEqualTo("国庆节、中秋节");
        assertThat(makeUp.getBoolean("working")).isTrue();
        assertThat(makeUp.getString("kind")).isEqualTo("MAKEUP_WORKDAY");
        assertThat(weekend.getString("kind")).isEqualTo("WEEKEND");
        assertThat(workday.getString("kind")).isEqualTo("WORKDAY");
        assertThat(workday.isNull("name")).isTrue();
    }

    @Test
    void itemsArePagedByCodeWithTheirTotal() {
        JsonObject first = json(v1.path("items").queryParam("page", 1).queryParam("size", 5).request(), 200);
        JsonObject second = json(v1.path("items").queryParam("page", 2).queryParam("size", 5).request(), 200);
        JsonObject scj = json(v1.path("items").queryParam("department", "SCJ").queryParam("size", 100).request(),
                200);
        JsonObject future = json(v1.path("items").queryParam("changedSince", "2099-01-01T00:00:00+08:00")
                .request(), 200);
        JsonObject past = json(v1.path("items").queryParam("changedSince", "2000-01-01T00:00:00Z").request(), 200);

        assertThat(first.getInt("total")).isEqualTo(769);
        assertThat(first.getInt("page")).isEqualTo(1);
        assertThat(first.getJsonArray("items")).hasSize(5);
        List<String> codes = codes(first.getJsonArray("items"));
        List<String> next = codes(second.getJsonArray("items"));
        assertThat(codes).isSorted().doesNotContainAnyElementsOf(next);
        assertThat(codes.get(4)).isLessThan(next.get(0));
        JsonObject item = first.getJsonArray("items").getJsonObject(0);
        assertThat(item.getString("publishedAt")).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        assertThat(item.getInt("promisedDays")).isBetween(1, item.getInt("legalDays"));
        assertThat(scj.getInt("total")).isEqualTo(56);
        assertThat(scj.getJsonArray("items")).hasSize(56)
                .allSatisfy(i -> assertThat(i.asJsonObject().getString("departmentCode")).isEqualTo("SCJ"));
        assertThat(future.getInt("total")).isZero();
        assertThat(past.getInt("total")).isEqualTo(769);
    }

    @Test
    void departmentsAreListedWithTheirItemCounts() {
        JsonArray departments = json(v1.path("departments").request().get(), 200, JsonArray.class);

        assertThat(departments).hasSize(44);
        assertThat(departments).anySatisfy(d -> {
            assertThat(d.asJsonObject().getString("code")).isEqualTo("SCJ");
            assertThat(d.asJsonObject().getString("name")).isEqualTo("市市场监督管理局");
            assertThat(d.asJsonObject().getInt("itemCount")).isEqualTo(56);
        });
    }

    @Test
    void itemCarriesItsMaterialsAndFlowFromWindowToWindow() {
        JsonObject item = json(v1.path("items/FGW-001").request(), 200);

        assertThat(item.getString("name")).isEqualTo("企业投资项目核准（首次申请）");
        assertThat(item.getString("departmentCode")).isEqualTo("FGW");
        assertThat(item.getJsonArray("materials")).isNotEmpty();
        JsonArray flow = item.getJsonArray("flow");
        assertThat(flow.getJsonObject(0).getString("kind")).isEqualTo("ACCEPT");
        assertThat(flow.getJsonObject(flow.size() - 1).getString("kind")).isEqualTo("ISSUE");
        assertThat(flow.getValuesAs(JsonObject.class)).filteredOn(s -> !s.isNull("parallelGroup"))
                .extracting(s -> s.getString("departmentCode"))
                .contains("FGW", "ZRJ", "STJ");
    }

    @Test
    void unknownItemIsA404ProblemInTheCallersLanguage() {
        Response chinese = v1.path("items/NO-SUCH-1").request().get();
        Response english = v1.path("items/NO-SUCH-1").request().acceptLanguage("en").get();

        JsonObject problem = problem(chinese, 404, "GF-404-ITEM");
        assertThat(problem.getString("detail")).isEqualTo("找不到事项 NO-SUCH-1。");
        assertThat(problem.getString("title")).isEqualTo("找不到");
        assertThat(problem.getString("type")).isEqualTo("urn:govflow:problem:GF-404-ITEM");
        assertThat(problem(english, 404, "GF-404-ITEM").getString("detail")).isEqualTo("No item NO-SUCH-1.");
    }

    @Test
    void malformedInputIsA400ProblemNamingTheParameter() {
        Map<String, String> codeByQuery = Map.of(
                "from=2025-01-01&days=-1", "GF-400-OUT-OF-RANGE",
                "from=2025-13-40&days=2", "GF-400-INVALID-DATE",
                "from=2025-01-01&days=abc", "GF-400-INVALID-NUMBER",
                "days=2", "GF-400-MISSING-PARAMETER");

        for (Map.Entry<String, String> example : codeByQuery.entrySet()) {
            Response response = client.target(API + "v1/calendar/deadline?" + example.getKey()).request().get();

            JsonObject problem = problem(response, 400, example.getValue());
            assertThat(problem.getString("detail")).as(example.getKey()).containsAnyOf("days", "from")
                    .doesNotContain("Exception", "at org.");
        }
        problem(v1.path("items").queryParam("size", 1000).request().get(), 400, "GF-400-OUT-OF-RANGE");
        problem(v1.path("items").queryParam("changedSince", "yesterday").request().get(), 400,
                "GF-400-INVALID-TIMESTAMP");
        problem(v1.path("calendar/days/2025-02-30").request().get(), 400, "GF-400-INVALID-DATE");
        problem(v1.path("items").queryParam("department", "NOPE").request().get(), 404, "GF-404-DEPARTMENT");
    }

    @Test
    void onlyInteropClientsMayAskWhoTheyAre() {
        Response anonymous = v1.path("me").request().get();
        Response wrongPassword = signedIn("interop", "Wrong2026").acceptLanguage("en").get();
        Response unknown = signedIn("no-such-system", DEMO_PASSWORD).get();
        Response clerk = signedIn("clerk", DEMO_PASSWORD).get();
        Response interop = signedIn("interop", DEMO_PASSWORD).get();

        problem(anonymous, 401, "GF-401");
        assertThat(anonymous.getHeaderString(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        assertThat(problem(wrongPassword, 401, "GF-401").getString("title")).isEqualTo("Authentication required");
        assertThat(problem(unknown, 401, "GF-401").getString("title")).isEqualTo("需要认证");
        assertThat(problem(clerk, 403, "GF-403").getString("detail")).isEqualTo("当前账户的角色无权调用该接口。");
        JsonObject me = json(interop, 200);
        assertThat(me.getString("account")).isEqualTo("interop");
        assertThat(me.getString("name")).isEqualTo("省政务服务平台");
        assertThat(me.getJsonArray("roles").getString(0)).isEqualTo("interop_client");
        assertThat(me.getJsonArray("roles")).hasSize(1);
    }

    @Test
    void aSignedInSystemsCallsAreAuditedWithItsXRoadHeadersAndEchoed() throws Exception {
        String messageId = "rest-" + UUID.randomUUID();

        Response response = signedIn("interop", DEMO_PASSWORD)
                .header("X-Road-Client", "CN/GOV/PROVINCE/case-sync")
                .header("X-Road-Id", messageId)
                .header("X-Road-Issue", "省平台件 2026-001")
                .get();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeaderString("X-Road-Id")).isEqualTo(messageId);
        assertThat(response.getHeaderString("X-Road-Client")).isEqualTo("CN/GOV/PROVINCE/case-sync");
        try (Browser browser = new Browser(BASE_URL)) {
            browser.signIn("admin", DEMO_PASSWORD).open("admin/audit.xhtml");
            String audit = browser.text("#auditForm\\:auditTable");
            assertThat(audit).contains(messageId, "接口调用", "REST GET v1/me", "client=CN/GOV/PROVINCE/case-sync");
            assertThat(browser.text("//tr[td[contains(.,'" + messageId + "')]]")).contains("interop");
        }
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpoint() {
        String document = client.target(BASE_URL + "openapi").request().get(String.class);

        assertThat(document).contains("openapi: 3.", "GovFlow interop API",
                "/api/v1/calendar/deadline:", "/api/v1/calendar/days/{date}:", "/api/v1/departments:",
                "/api/v1/items:", "/api/v1/items/{code}:", "/api/v1/me:", "scheme: basic", "GF-404-ITEM",
                "/api/v1/applications:", "/api/v1/applications/{reference}/acceptance:", "/api/v1/cases/{number}:",
                "/api/v1/cases/{number}/issuance:", "/api/v1/tasks:", "/api/v1/tasks/{stepId}/pass:",
                "/api/v1/decisions:", "/api/v1/complaints:", "GF-400-MALFORMED-JSON");
    }

    @Test
    void unknownAddressesAnswerWithProblemsToo() {
        problem(v1.path("no-such-resource").request()
                .header(HttpHeaders.AUTHORIZATION, basic("interop", DEMO_PASSWORD)).get(), 404, "GF-404");
        problem(client.target(API + "no-such-thing").request().get(), 404, "GF-404");
        problem(v1.path("departments").request().post(null), 405, "GF-405");
    }

    private static JsonObject json(Invocation.Builder request, int status) {
        return json(request.get(), status);
    }

    private static JsonObject json(Response response, int status) {
        return json(response, status, JsonObject.class);
    }

    private static <T> T json(Response response, int status, Class<T> type) {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getMediaType().toString()).startsWith("application/json")
                .containsIgnoringCase("charset=UTF-8");
        return response.readEntity(type);
    }

    /** Checks a problem+json answer and returns it. */
    private static JsonObject problem(Response response, int status, String code) {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getMediaType().toString()).startsWith("application/problem+json");
        String body = response.readEntity(String.class);
        assertThat(body).doesNotContain("Exception", "at org.", "RESTEASY");
        JsonObject problem = Json.createReader(new StringReader(body)).readObject();
        assertThat(problem.getString("code")).isEqualTo(code);
        assertThat(problem.getInt("status")).isEqualTo(status);
        return problem;
    }

    private static List<String> codes(JsonArray items) {
        return items.getValuesAs(JsonObject.class).stream().map(i -> i.getString("code")).toList();
    }

    /** A request to /v1/me with HTTP Basic credentials. */
    private Invocation.Builder signedIn(String username, String password) {
        return v1.path("me").request().header(HttpHeaders.AUTHORIZATION, basic(username, password));
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }
}
