package org.govflow.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.xml.ws.BindingProvider;
import org.govflow.ws.soap.v1.Applicant;
import org.govflow.ws.soap.v1.CaseStatus;
import org.govflow.ws.soap.v1.GetCaseStatus;
import org.govflow.ws.soap.v1.GetItem;
import org.govflow.ws.soap.v1.GovFlowFault_Exception;
import org.govflow.ws.soap.v1.GovFlowPortType;
import org.govflow.ws.soap.v1.GovFlowService;
import org.govflow.ws.soap.v1.ItemDetail;
import org.govflow.ws.soap.v1.ListComplaints;
import org.govflow.ws.soap.v1.ListDecisions;
import org.govflow.ws.soap.v1.ListDecisionsResponse;
import org.govflow.ws.soap.v1.PublishedDecision;
import org.govflow.ws.soap.v1.SubmitApplication;
import org.govflow.ws.soap.v1.TimelineEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Another government system follows an application through GovFlow, once over SOAP with the client the
 * build generated from the WSDL and once over REST with the Jakarta REST client: it reads the catalogue,
 * submits an application, the demo clerk accepts it at the window, the SCJ approver and head pass its steps,
 * the clerk issues the decision (each step one authenticated REST call), and the system follows the case to
 * its decision and finds the published result in its next sync. Chinese text comes back as it was sent; refusals have
 * their documented codes.
 */
class InteropCaseworkIT extends ApplicationDeployment {

    /** SCJ-001 有限责任公司设立登记: two review steps for approvers and a decision for the head, all in SCJ. */
    private static final String ITEM = "SCJ-001";

    private static final String V1 = BASE_URL + "api/v1/";

    private Client client;

    @BeforeEach
    void openClient() {
        client = ClientBuilder.newClient();
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    @Test
    void soapClientFollowsAnApplicationFromSubmissionToItsPublishedDecision() throws Exception {
        Instant started = Instant.now().minusSeconds(5);
        GovFlowPortType port = port("interop");
        String company = "杭州云栖数智科技有限公司（测试" + UUID.randomUUID().toString().substring(0, 6) + "）";
        String opinion = "经审查，申请材料齐全，符合《市场主体登记管理条例》规定。";
        String document = "（市）登记内设字〔2026〕第" + System.nanoTime() % 100000 + "号";

        // The system reads the item's guide, then submits an application for a company
        GetItem item = new GetItem();
        item.setCode(ITEM);
        ItemDetail guide = port.getItem(item).getItem();
        assertThat(guide.getName()).isEqualTo("有限责任公司设立登记");
        String reference = port.submitApplication(application(company, "91350100M000100Y43"))
                .getTrackingReference();
        assertThat(reference).matches("SQ[0-9]{8}[0-9A-HJKMNP-TV-Z]{6}");
        CaseStatus queued = status(port, reference);
        assertThat(queued.getState()).isEqualTo("SUBMITTED");
        assertThat(queued.getAcceptanceNumber()).isNull();
        assertThat(queued.getItemName()).isEqualTo("有限责任公司设立登记");

        // The window accepts it, the department passes every step, the window issues the decision
        JsonObject acceptance = ok(staff("clerk", "applications/" + reference + "/acceptance")
                .post(Entity.json("{}")));
        String number = acceptance.getString("acceptanceNumber");
        assertThat(acceptance.getString("queryPassword")).matches("[2-9A-HJKMNP-Z]{8}");
        assertThat(status(port, reference).getAcceptanceNumber()).isEqualTo(number);
        passEveryDepartmentStep(number, opinion);
        CaseStatus decided = status(port, number);
        assertThat(decided.getState()).isEqualTo("TO_ISSUE");
        ok(staff("clerk", "cases/" + number + "/issuance").post(Entity.json(Json.createObjectBuilder()
                .add("documentNumber", document).build())));

        // The system follows the case to its decision and finds it in its next sync of published decisions
        CaseStatus closed = status(port, number);
        assertThat(closed.getState()).isEqualTo("CLOSED");
        assertThat(closed.getDecision()).isEqualTo("APPROVED");
        assertThat(closed.getDocumentNumber()).isEqualTo(document);
        assertThat(closed.getEvent()).extracting(TimelineEvent::getAction)
                .containsExactly("ACCEPT", "PASS", "PASS", "PASS", "ISSUE");
        assertThat(closed.getEvent()).filteredOn(e -> e.getAction().equals("PASS"))
                .allSatisfy(e -> assertThat(e.getNote()).isEqualTo(opinion));
        PublishedDecision published = syncedDecision(port, started, number).orElseThrow();
        assertThat(published.getDocumentNumber()).isEqualTo(document);
        assertThat(published.getDecision()).isEqualTo("APPROVED");
        assertThat(published.getItemName()).isEqualTo("有限责任公司设立登记");
        assertThat(published.getApplicantName()).isEqualTo(company);
    }

    @Test
    void restClientFollowsAnApplicationFromSubmissionToItsPublishedDecision() {
        String since = Instant.now().minusSeconds(5).toString();
        String applicant = "欧阳小明";
        String opinion = "材料真实有效，同意。✓ 「测试」";

        // The system reads the item's guide, then submits an application for a person
        JsonObject guide = ok(client.target(V1 + "items/" + ITEM).request().get());
        assertThat(guide.getJsonArray("materials")).isNotEmpty();
        Response submitted = interop("applications").post(Entity.json(application("PERSON", applicant,
                "11010519491231002X", null)));
        assertThat(submitted.getStatus()).isEqualTo(201);
        JsonObject submission = submitted.readEntity(JsonObject.class);
        String reference = submission.getString("trackingReference");
        assertThat(submitted.getLocation().toString()).endsWith("/api/v1/cases/" + reference);
        assertThat(submission.getString("state")).isEqualTo("SUBMITTED");

        // The window accepts it, the department passes every step, the window issues the decision
        JsonObject acceptance = ok(staff("clerk", "applications/" + reference + "/acceptance")
                .post(Entity.json("{\"receivedMaterials\":[1,2,3,4,5]}")));
        String number = acceptance.getString("acceptanceNumber");
        assertThat(acceptance.getBoolean("pendingCorrection")).isFalse();
        assertThat(acceptance.getString("promisedDueDate")).matches("\\d{4}-\\d{2}-\\d{2}");
        passEveryDepartmentStep(number, opinion);
        JsonObject issued = ok(staff("clerk", "cases/" + number + "/issuance").post(Entity.json(
                Json.createObjectBuilder().add("documentNumber", "（市）登记字〔2026〕REST-" + number)
                        .add("feeAmount", 0).build())));
        assertThat(issued.getString("state")).isEqualTo("CLOSED");

        // The system follows the case to its decision and finds it in its next sync of published decisions
        JsonObject closed = ok(interop("cases/" + number).get());
        assertThat(closed.getString("trackingReference")).isEqualTo(reference);
        assertThat(closed.getString("decision")).isEqualTo("APPROVED");
        assertThat(closed.getJsonArray("steps").getValuesAs(JsonObject.class))
                .extracting(s -> s.getString("state")).containsOnly("DONE");
        assertThat(closed.getJsonArray("timeline").getValuesAs(JsonObject.class))
                .filteredOn(e -> e.getString("action").equals("PASS"))
                .hasSize(3)
                .allSatisfy(e -> assertThat(e.getString("note")).isEqualTo(opinion));
        JsonObject published = syncedDecision(since, number).orElseThrow();
        assertThat(published.getString("documentNumber")).isEqualTo("（市）登记字〔2026〕REST-" + number);
        assertThat(published.getString("applicantName")).isEqualTo("欧阳**");
    }

    @Test
    void twoApproversActingOnOneStepAtOnceGetOneSuccessAndOneConflict() throws Exception {
        String number = acceptedCase("王五");
        JsonObject task = task("approver", number);
        String pass = "tasks/" + task.getInt("stepId") + "/pass";

        Future<Response> first = CompletableFuture.supplyAsync(() -> staff("approver", pass)
                .post(Entity.json("{\"opinion\":\"同意\"}")));
        Future<Response> second = CompletableFuture.supplyAsync(() -> staff("head", pass)
                .post(Entity.json("{\"opinion\":\"同意\"}")));
        List<Response> answers = List.of(first.get(), second.get());

        assertThat(answers).extracting(Response::getStatus).containsExactlyInAnyOrder(200, 409);
        Response conflict = answers.stream().filter(r -> r.getStatus() == 409).findFirst().orElseThrow();
        assertThat(problem(conflict, 409).getString("code")).isIn("GF-409-CASE-CONCURRENT-CHANGE",
                "GF-409-CASE-STEP-NOT-RUNNING");
        Response stale = staff("approver", pass).post(Entity.json(Json.createObjectBuilder()
                .add("opinion", "同意").add("version", task.getInt("version")).build()));
        assertThat(problem(stale, 409).getString("code")).isEqualTo("GF-409-CASE-CONCURRENT-CHANGE");
    }

    @Test
    void restRefusalsHaveTheirDocumentedCodes() {
        Entity<String> valid = Entity.json(application("PERSON", "张三", "11010519491231002X", null).toString());

        assertThat(problem(client.target(V1 + "applications").request().post(valid), 401).getString("code"))
                .isEqualTo("GF-401");
        assertThat(problem(staff("clerk", "applications").post(valid), 403).getString("code")).isEqualTo("GF-403");
        assertThat(problem(interop("tasks").get(), 403).getString("code")).isEqualTo("GF-403");
        assertThat(problem(staff("supervisor", "complaints").get(), 403).getString("code")).isEqualTo("GF-403");
        assertThat(problem(interop("applications").post(Entity.json("{\"itemCode\": \"SCJ-001\", ")), 400)
                .getString("code")).isEqualTo("GF-400-MALFORMED-JSON");
        assertThat(problem(interop("applications").post(Entity.json("[1, 2]")), 400).getString("code"))
                .isEqualTo("GF-400-MALFORMED-JSON");
        assertThat(problem(interop("applications").post(Entity.json(application("PERSON", "张三",
                "110105194912310021", null))), 422).getString("code"))
                .isEqualTo("GF-422-CASE-APPLICANT-RESIDENT-ID-INVALID");
        JsonObject badCode = problem(interop("applications").acceptLanguage("en").post(Entity.json(
                application("ORGANISATION", "某某有限公司", "91350100M000100Y44", "李四"))), 422);
        assertThat(badCode.getString("code")).isEqualTo("GF-422-CASE-APPLICANT-CREDIT-CODE-INVALID");
        assertThat(badCode.getString("detail")).contains("unified social credit code");
        assertThat(problem(interop("applications").post(Entity.json(application("ROBOT", "张三",
                "11010519491231002X", null))), 400).getString("code")).isEqualTo("GF-400-INVALID-APPLICANT-KIND");
        assertThat(problem(interop("cases/SL20260101ZZZZZZ").get(), 404).getString("code"))
                .isEqualTo("GF-404-CASE");
        assertThat(problem(interop("decisions?since=yesterday").get(), 400).getString("code"))
                .isEqualTo("GF-400-INVALID-TIMESTAMP");
        assertThat(ok(interop("complaints?size=5").get()).getInt("size")).isEqualTo(5);

        // a material the item does not list is the caller's mistake, and the application stays in the queue
        String reference = ok(interop("applications").post(valid), 201).getString("trackingReference");
        JsonObject unknownMaterial = problem(staff("clerk", "applications/" + reference + "/acceptance")
                .post(Entity.json("{\"receivedMaterials\": [1, 999]}")), 422);
        assertThat(unknownMaterial.getString("code")).isEqualTo("GF-422-CASE-MATERIALS-UNKNOWN");
        assertThat(unknownMaterial.getString("detail")).contains("999");
        assertThat(problem(staff("clerk", "applications/" + reference + "/acceptance")
                .post(Entity.json("{\"receivedMaterials\": [null]}")), 422).getString("code"))
                .isEqualTo("GF-422-CASE-MATERIALS-UNKNOWN");
        assertThat(ok(staff("clerk", "applications/" + reference + "/acceptance").post(Entity.json("{}")))
                .getString("acceptanceNumber")).startsWith("SL");
    }

    @Test
    void soapCaseOperationsCheckTheCallerAndTheApplicant() throws Exception {
        GovFlowPortType anonymous = port(null);
        GovFlowPortType clerk = port("clerk");
        GovFlowPortType interop = port("interop");

        assertFault(() -> anonymous.submitApplication(application("某某有限公司", "91350100M000100Y43")), "GF-401");
        assertFault(() -> anonymous.listDecisions(new ListDecisions()), "GF-401");
        assertFault(() -> clerk.listComplaints(new ListComplaints()), "GF-403");
        assertFault(() -> interop.submitApplication(application("某某有限公司", "91350100M000100Y44")),
                "GF-422-CASE-APPLICANT-CREDIT-CODE-INVALID");
        assertFault(() -> status(interop, "SL20260101ZZZZZZ"), "GF-404-CASE");
        ListComplaints recent = new ListComplaints();
        recent.setSize(3);
        assertThat(interop.listComplaints(recent).getSize()).isEqualTo(3);
    }

    /** An application accepted at the window over REST, for a person; its acceptance number. */
    private String acceptedCase(String applicant) {
        JsonObject submission = ok(interop("applications").post(Entity.json(application("PERSON", applicant,
                "11010519491231002X", null))), 201);
        return ok(staff("clerk", "applications/" + submission.getString("trackingReference") + "/acceptance")
                .post(Entity.json("{}"))).getString("acceptanceNumber");
    }

    /** Passes the case's review steps as the SCJ approver and its decision as the SCJ head, one call each. */
    private void passEveryDepartmentStep(String number, String opinion) {
        for (int step = 0; step < 3; step++) {
            JsonObject task = task("approver", number);
            String account = task.getString("kind").equals("DECISION") ? "head" : "approver";

            JsonObject outcome = ok(staff(account, "tasks/" + task.getInt("stepId") + "/pass")
                    .post(Entity.json(Json.createObjectBuilder().add("opinion", opinion).build())));

            assertThat(outcome.getString("state")).isEqualTo("DONE");
            assertThat(outcome.getString("caseState")).isEqualTo(step < 2 ? "IN_PROGRESS" : "TO_ISSUE");
        }
    }

    /** The one open step of a case in an SCJ account's task list. */
    private JsonObject task(String account, String number) {
        Response tasks = staff(account, "tasks").get();
        assertThat(tasks.getStatus()).isEqualTo(200);
        return tasks.readEntity(jakarta.json.JsonArray.class).getValuesAs(JsonObject.class).stream()
                .filter(t -> number.equals(t.getString("acceptanceNumber", null)))
                .reduce((a, b) -> {
                    throw new AssertionError("more than one open step of " + number);
                })
                .orElseThrow(() -> new AssertionError("no open step of " + number));
    }

    private Optional<JsonObject> syncedDecision(String since, String number) {
        for (int page = 1; ; page++) {
            JsonObject decisions = ok(interop("decisions?size=100&page=" + page + "&since=" + since).get());
            List<JsonObject> found = decisions.getJsonArray("decisions").getValuesAs(JsonObject.class);
            Optional<JsonObject> ours = found.stream()
                    .filter(d -> d.getString("acceptanceNumber").equals(number)).findFirst();
            if (ours.isPresent() || found.isEmpty()) {
                return ours;
            }
        }
    }

    private static Optional<PublishedDecision> syncedDecision(GovFlowPortType port, Instant since, String number)
            throws GovFlowFault_Exception {
        for (int page = 1; ; page++) {
            ListDecisions request = new ListDecisions();
            request.setSince(since.toString());
            request.setPage(page);
            request.setSize(100);
            ListDecisionsResponse decisions = port.listDecisions(request);
            Optional<PublishedDecision> ours = decisions.getDecision().stream()
                    .filter(d -> d.getAcceptanceNumber().equals(number)).findFirst();
            if (ours.isPresent() || decisions.getDecision().isEmpty()) {
                return ours;
            }
        }
    }

    private static CaseStatus status(GovFlowPortType port, String number) throws GovFlowFault_Exception {
        GetCaseStatus request = new GetCaseStatus();
        request.setNumber(number);
        return port.getCaseStatus(request).getCaseStatus();
    }

    private static SubmitApplication application(String company, String creditCode) {
        Applicant applicant = new Applicant();
        applicant.setKind("ORGANISATION");
        applicant.setName(company);
        applicant.setIdNumber(creditCode);
        applicant.setLegalRepresentative("王小明");
        applicant.setPhone("0571-88886666");
        SubmitApplication request = new SubmitApplication();
        request.setItemCode(ITEM);
        request.setApplicant(applicant);
        request.setExternalReference("浙政通-" + UUID.randomUUID());
        return request;
    }

    private static JsonObject application(String kind, String name, String idNumber, String representative) {
        JsonObjectBuilder applicant = Json.createObjectBuilder().add("kind", kind).add("name", name)
                .add("idNumber", idNumber).add("phone", "13800138000");
        if (representative != null) {
            applicant.add("legalRepresentative", representative);
        }
        return Json.createObjectBuilder()
                .add("itemCode", ITEM)
                .add("applicant", applicant)
                .add("externalReference", "省平台-" + UUID.randomUUID())
                .build();
    }

    /** A generated SOAP client, signed in as an account, or anonymous for null. */
    private static GovFlowPortType port(String account) {
        try {
            GovFlowPortType port = new GovFlowService(new URL(BASE_URL + "api/soap/v1/GovFlowService?wsdl"))
                    .getGovFlowPort();
            if (account != null) {
                ((BindingProvider) port).getRequestContext().put(BindingProvider.USERNAME_PROPERTY, account);
                ((BindingProvider) port).getRequestContext().put(BindingProvider.PASSWORD_PROPERTY, DEMO_PASSWORD);
            }
            return port;
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Invocation.Builder interop(String path) {
        return staff("interop", path);
    }

    /** A request to a REST address signed in as a demo account. */
    private Invocation.Builder staff(String account, String path) {
        return client.target(V1 + path).request(MediaType.APPLICATION_JSON).header(HttpHeaders.AUTHORIZATION,
                "Basic " + Base64.getEncoder().encodeToString((account + ":" + DEMO_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonObject ok(Response response) {
        return ok(response, 200);
    }

    private static JsonObject ok(Response response, int status) {
        String body = response.readEntity(String.class);
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        assertThat(response.getMediaType().toString()).containsIgnoringCase("charset=UTF-8");
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static JsonObject problem(Response response, int status) {
        String body = response.readEntity(String.class);
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        assertThat(response.getMediaType().toString()).startsWith("application/problem+json");
        assertThat(body).doesNotContain("Exception", "at org.", "RESTEASY");
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static void assertFault(ThrowingCall call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(GovFlowFault_Exception.class, fault -> {
            assertThat(fault.getFaultInfo().getCode()).isEqualTo(code);
            assertThat(fault.getFaultInfo().getMessage()).isNotBlank().doesNotContain("Exception");
        });
    }

    @FunctionalInterface
    private interface ThrowingCall {
        void run() throws Exception;
    }
}
