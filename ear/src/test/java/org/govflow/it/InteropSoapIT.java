package org.govflow.it;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.handler.Handler;
import org.govflow.ws.soap.v1.ComputeDeadline;
import org.govflow.ws.soap.v1.ComputeDeadlineResponse;
import org.govflow.ws.soap.v1.DayKind;
import org.govflow.ws.soap.v1.FlowStep;
import org.govflow.ws.soap.v1.GetItem;
import org.govflow.ws.soap.v1.GovFlowFault_Exception;
import org.govflow.ws.soap.v1.GovFlowPortType;
import org.govflow.ws.soap.v1.GovFlowService;
import org.govflow.ws.soap.v1.IsWorkingDay;
import org.govflow.ws.soap.v1.IsWorkingDayResponse;
import org.govflow.ws.soap.v1.ItemDetail;
import org.govflow.ws.soap.v1.ItemSummary;
import org.govflow.ws.soap.v1.ListDepartments;
import org.govflow.ws.soap.v1.ListItems;
import org.govflow.ws.soap.v1.ListItemsResponse;
import org.govflow.ws.soap.v1.StepKind;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * GovFlowService over SOAP, called through a JAX-WS client that the build generated from the same WSDL
 * file the server publishes: catalogue and calendar operations, declared faults with stable codes,
 * faults instead of stack traces for malformed messages, X-Road headers echoed and audited, and Chinese
 * text that survives the round trip.
 */
class InteropSoapIT extends ApplicationDeployment {

    private static final String ADDRESS = BASE_URL + "api/soap/v1/GovFlowService";

    private static final String ENVELOPE = """
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:gf="%s">
              <soapenv:Body>%s</soapenv:Body>
            </soapenv:Envelope>""";

    @Test
    void listsEveryDepartment() throws Exception {
        var departments = port().listDepartments(new ListDepartments()).getDepartment();

        assertThat(departments).hasSize(44);
        assertThat(departments).filteredOn(d -> d.getCode().equals("SCJ")).singleElement().satisfies(d -> {
            assertThat(d.getName()).isEqualTo("市市场监督管理局");
            assertThat(d.getItemCount()).isEqualTo(56);
        });
    }

    @Test
    void pagesItemsByCodeWithTheTotal() throws Exception {
        GovFlowPortType port = port();

        ListItemsResponse first = port.listItems(items(null, null, 1, 10));
        ListItemsResponse second = port.listItems(items(null, null, 2, 10));
        ListItemsResponse scj = port.listItems(items("SCJ", null, null, 100));
        ListItemsResponse unchanged = port.listItems(items(null, "2099-01-01T00:00:00Z", null, null));

        assertThat(first.getTotal()).isEqualTo(769);
        assertThat(first.getItem()).hasSize(10).extracting(ItemSummary::getCode).isSorted();
        assertThat(first.getItem().get(9).getCode()).isLessThan(second.getItem().get(0).getCode());
        assertThat(second.getPage()).isEqualTo(2);
        assertThat(scj.getTotal()).isEqualTo(56);
        assertThat(scj.getItem()).hasSize(56).allSatisfy(i -> assertThat(i.getDepartmentCode()).isEqualTo("SCJ"));
        assertThat(unchanged.getTotal()).isZero();
        assertThat(unchanged.getSize()).isEqualTo(20);
    }

    @Test
    void getsAnItemWithItsMaterialsAndFlow() throws Exception {
        GetItem request = new GetItem();
        request.setCode("FGW-001");

        ItemDetail item = port().getItem(request).getItem();

        assertThat(item.getName()).isEqualTo("企业投资项目核准（首次申请）");
        assertThat(item.getDepartmentName()).isEqualTo("市发展和改革委员会");
        assertThat(item.getPromisedDays()).isBetween(1, item.getLegalDays());
        assertThat(item.getMaterial()).isNotEmpty();
        assertThat(item.getStep().get(0).getKind()).isEqualTo(StepKind.ACCEPT);
        assertThat(item.getStep().get(item.getStep().size() - 1).getKind()).isEqualTo(StepKind.ISSUE);
        assertThat(item.getStep()).filteredOn(s -> s.getParallelGroup() != null)
                .extracting(FlowStep::getDepartmentCode)
                .contains("FGW", "ZRJ", "STJ");
    }

    @Test
    void computesDeadlinesAndWorkingDaysLikeGovFlow() throws Exception {
        GovFlowPortType port = port();

        assertThat(port.computeDeadline(deadline("2025-09-26", 3)).getDeadline()).isEqualTo("2025-09-30");
        assertThat(port.computeDeadline(deadline("2025-01-24", 2)).getDeadline()).isEqualTo("2025-01-27");
        ComputeDeadlineResponse dragonBoat = port.computeDeadline(deadline("2026-06-18", 2));
        ComputeDeadlineResponse intoUnknownYear = port.computeDeadline(deadline("2026-12-30", 5));
        IsWorkingDayResponse nationalDay = port.isWorkingDay(day("2025-10-01"));

        assertThat(dragonBoat.getDeadline()).isEqualTo("2026-06-23");
        assertThat(dragonBoat.isComplete()).isTrue();
        assertThat(intoUnknownYear.isComplete()).isFalse();
        assertThat(intoUnknownYear.getMissingYear()).containsExactly(2027);
        assertThat(nationalDay.isWorking()).isFalse();
        assertThat(nationalDay.getKind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(nationalDay.getName()).isEqualTo("国庆节、中秋节");
    }

    @Test
    void refusalsAreDeclaredFaultsWithStableCodesInChinese() {
        GovFlowPortType port = port();
        GetItem unknown = new GetItem();
        unknown.setCode("NO-SUCH-1");

        assertThatThrownBy(() -> port.getItem(unknown))
                .isInstanceOfSatisfying(GovFlowFault_Exception.class, fault -> {
                    assertThat(fault.getFaultInfo().getCode()).isEqualTo("GF-404-ITEM");
                    assertThat(fault.getFaultInfo().getMessage()).isEqualTo("找不到事项 NO-SUCH-1。");
                    assertThat(fault.getMessage()).isEqualTo("找不到事项 NO-SUCH-1。");
                });
        assertThatThrownBy(() -> port.computeDeadline(deadline("2025-13-40", 2)))
                .isInstanceOfSatisfying(GovFlowFault_Exception.class,
                        fault -> assertThat(fault.getFaultInfo().getCode()).isEqualTo("GF-400-INVALID-DATE"));
        assertThatThrownBy(() -> port.computeDeadline(deadline("2025-01-01", -1)))
                .isInstanceOfSatisfying(GovFlowFault_Exception.class,
                        fault -> assertThat(fault.getFaultInfo().getCode()).isEqualTo("GF-400-OUT-OF-RANGE"));
        assertThatThrownBy(() -> port.listItems(items(null, null, 1, 500)))
                .isInstanceOfSatisfying(GovFlowFault_Exception.class,
                        fault -> assertThat(fault.getFaultInfo().getCode()).isEqualTo("GF-400-OUT-OF-RANGE"));
    }

    @Test
    void malformedMessagesGetFaultsWithCodesNotStackTraces() throws Exception {
        HttpResponse<String> malformed = post("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/"
                + "envelope/\"><soapenv:Body><gf:listDepartments");
        HttpResponse<String> notXml = post("this is not XML");
        HttpResponse<String> wrongNamespace = post(ENVELOPE.formatted("urn:govflow:interop:v0",
                "<gf:listDepartments/>"));
        HttpResponse<String> notANumber = post(ENVELOPE.formatted("urn:govflow:interop:v1",
                "<gf:computeDeadline><gf:from>2025-01-01</gf:from><gf:days>abc</gf:days></gf:computeDeadline>"));

        assertFault(malformed, "GF-400-MALFORMED-XML");
        assertFault(notXml, "GF-400-MALFORMED-XML");
        assertFault(wrongNamespace, "GF-400-UNKNOWN-OPERATION");
        assertFault(notANumber, "GF-400-INVALID-NUMBER");
        assertThat(notANumber.body()).contains("“abc”");

        // a wrong password is refused by the container before the SOAP stack runs; it still answers a fault
        HttpRequest signedInWrongly = HttpRequest.newBuilder(URI.create(ADDRESS))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"\"")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "interop:wrong-password".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(ENVELOPE.formatted("urn:govflow:interop:v1",
                        "<gf:listDepartments/>"), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> wrongPassword = HttpClient.newHttpClient()
                .send(signedInWrongly, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("text/xml"));
        assertThat(wrongPassword.body()).contains("Fault>", ":Client</faultcode>", "GF-401", "接口账户")
                .doesNotContain("problem", "Exception", "at org.");
    }

    @Test
    void xRoadHeadersAreEchoedAndAuditedAndChineseSurvivesTheRoundTrip() throws Exception {
        String messageId = "soap-" + UUID.randomUUID();
        String issue = "省政务服务平台件 苏（2026）第001号";
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("client", "CN/GOV/PROVINCE/case-sync");
        headers.put("id", messageId);
        headers.put("userId", "张三");
        headers.put("issue", issue);
        headers.put("protocolVersion", "1.0");
        InteropHeadersHandler handler = new InteropHeadersHandler(headers);
        GovFlowPortType port = port(handler);
        // the address is open, but a system that signs in is audited under its account
        ((BindingProvider) port).getRequestContext().put(BindingProvider.USERNAME_PROPERTY, "interop");
        ((BindingProvider) port).getRequestContext().put(BindingProvider.PASSWORD_PROPERTY, DEMO_PASSWORD);
        GetItem chineseCode = new GetItem();
        chineseCode.setCode("不存在的事项");

        IsWorkingDayResponse day = port.isWorkingDay(day("2025-10-01"));
        Map<String, String> echoed = Map.copyOf(handler.received());
        assertThatThrownBy(() -> port.getItem(chineseCode))
                .isInstanceOfSatisfying(GovFlowFault_Exception.class,
                        fault -> assertThat(fault.getFaultInfo().getMessage()).isEqualTo("找不到事项 不存在的事项。"));

        assertThat(day.getName()).isEqualTo("国庆节、中秋节");
        assertThat(echoed).containsExactlyInAnyOrderEntriesOf(headers);
        assertThat(handler.received()).containsEntry("issue", issue).containsEntry("userId", "张三");
        try (Browser browser = new Browser(BASE_URL)) {
            browser.signIn("admin", DEMO_PASSWORD).open("admin/audit.xhtml");
            String audit = browser.text("#auditForm\\:auditTable");
            assertThat(audit).contains("接口调用", "SOAP isWorkingDay", "SOAP getItem", "id=" + messageId,
                    "client=CN/GOV/PROVINCE/case-sync", "issue=" + issue);
            assertThat(browser.text("//tr[td[contains(.,'SOAP getItem')]][1]")).contains("interop", messageId);
        }
    }

    @Test
    void headersMarkedMustUnderstandAreUnderstood() throws Exception {
        HttpResponse<String> response = post("""
                <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                                  xmlns:gf="urn:govflow:interop:v1" xmlns:xrd="urn:govflow:interop:headers:v1">
                  <soapenv:Header>
                    <xrd:client soapenv:mustUnderstand="1">CN/GOV/CITY/archive</xrd:client>
                    <xrd:protocolVersion soapenv:mustUnderstand="1">1.0</xrd:protocolVersion>
                  </soapenv:Header>
                  <soapenv:Body><gf:isWorkingDay><gf:date>2025-10-11</gf:date></gf:isWorkingDay></soapenv:Body>
                </soapenv:Envelope>""");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                .containsIgnoringCase("charset=UTF-8"));
        assertThat(response.body()).contains("CN/GOV/CITY/archive", "<kind>MAKEUP_WORKDAY</kind>",
                "<name>国庆节、中秋节调休上班</name>");
    }

    @Test
    void theWsdlIsServedWithTheAddressTheClientUsed() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String port = System.getProperty("govflow.test.http-port", "8180");

        for (String host : List.of("localhost", "127.0.0.1")) {
            String address = "http://" + host + ":" + port + "/api/soap/v1/GovFlowService";
            HttpResponse<String> wsdl = http.send(HttpRequest.newBuilder(URI.create(address + "?wsdl")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

            assertThat(wsdl.statusCode()).isEqualTo(200);
            assertThat(wsdl.body()).contains("targetNamespace=\"urn:govflow:interop:v1\"",
                    "name=\"GovFlowService\"", "<soap:address location=\"" + address + "\"",
                    "schemaLocation=\"" + address + "?xsd=GovFlowService.xsd\"");
        }
    }

    private static GovFlowPortType port(Handler<?>... handlers) {
        try {
            GovFlowService service = new GovFlowService(new URL(ADDRESS + "?wsdl"));
            GovFlowPortType port = service.getGovFlowPort();
            if (handlers.length > 0) {
                BindingProvider binding = (BindingProvider) port;
                @SuppressWarnings("rawtypes")
                List<Handler> chain = List.of(handlers);
                binding.getBinding().setHandlerChain(chain);
            }
            return port;
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ListItems items(String department, String changedSince, Integer page, Integer size) {
        ListItems request = new ListItems();
        request.setDepartment(department);
        request.setChangedSince(changedSince);
        request.setPage(page);
        request.setSize(size);
        return request;
    }

    private static ComputeDeadline deadline(String from, int days) {
        ComputeDeadline request = new ComputeDeadline();
        request.setFrom(from);
        request.setDays(days);
        return request;
    }

    private static IsWorkingDay day(String date) {
        IsWorkingDay request = new IsWorkingDay();
        request.setDate(date);
        return request;
    }

    private static HttpResponse<String> post(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ADDRESS))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void assertFault(HttpResponse<String> response, String code) {
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("text/xml"));
        assertThat(response.body()).contains("<soap:Fault>", "<faultcode>soap:Client</faultcode>",
                "<gf:code>" + code + "</gf:code>")
                .doesNotContain("Exception", "at org.", "org.apache", "wstx", "Unmarshalling", "Expected {");
    }
}
