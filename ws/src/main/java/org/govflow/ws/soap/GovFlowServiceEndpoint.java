package org.govflow.ws.soap;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jws.HandlerChain;
import jakarta.jws.WebService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.handler.MessageContext;
import org.apache.cxf.interceptor.OutFaultInterceptors;
import org.govflow.staff.Roles;
import org.govflow.ws.Params;
import org.govflow.ws.announcement.DecisionInterop;
import org.govflow.ws.calendar.CalendarInterop;
import org.govflow.ws.casework.CaseworkInterop;
import org.govflow.ws.catalog.CatalogInterop;
import org.govflow.ws.complaint.ComplaintInterop;
import org.govflow.ws.error.ErrorCode;
import org.govflow.ws.error.Failure;
import org.govflow.ws.error.InteropException;
import org.govflow.ws.soap.v1.ComputeDeadline;
import org.govflow.ws.soap.v1.ComputeDeadlineResponse;
import org.govflow.ws.soap.v1.GetCaseStatus;
import org.govflow.ws.soap.v1.GetCaseStatusResponse;
import org.govflow.ws.soap.v1.GetItem;
import org.govflow.ws.soap.v1.GetItemResponse;
import org.govflow.ws.soap.v1.GovFlowFault_Exception;
import org.govflow.ws.soap.v1.GovFlowPortType;
import org.govflow.ws.soap.v1.IsWorkingDay;
import org.govflow.ws.soap.v1.IsWorkingDayResponse;
import org.govflow.ws.soap.v1.ListComplaints;
import org.govflow.ws.soap.v1.ListComplaintsResponse;
import org.govflow.ws.soap.v1.ListDecisions;
import org.govflow.ws.soap.v1.ListDecisionsResponse;
import org.govflow.ws.soap.v1.ListDepartments;
import org.govflow.ws.soap.v1.ListDepartmentsResponse;
import org.govflow.ws.soap.v1.ListItems;
import org.govflow.ws.soap.v1.ListItemsResponse;
import org.govflow.ws.soap.v1.SubmitApplication;
import org.govflow.ws.soap.v1.SubmitApplicationResponse;

import java.util.function.Supplier;

/**
 * GovFlowService, version 1, at {@code /api/soap/v1/GovFlowService} (mapped in web.xml). Each operation
 * reads its request, asks the same {@code *Interop} bean as the REST resource, and copies the answer into
 * the generated types; any failure becomes a declared GovFlowFault. The address stays open because the
 * catalogue and calendar operations are; the operations on cases, decisions and complaints first check that
 * the caller signed in (GF-401) as an interop client (GF-403), as the REST interface does.
 */
@WebService(serviceName = "GovFlowService",
        portName = "GovFlowPort",
        targetNamespace = "urn:govflow:interop:v1",
        endpointInterface = "org.govflow.ws.soap.v1.GovFlowPortType",
        wsdlLocation = "WEB-INF/wsdl/GovFlowService.wsdl")
@HandlerChain(file = "handler-chain.xml")
@OutFaultInterceptors(classes = SoapFaultRewriter.class)
public class GovFlowServiceEndpoint implements GovFlowPortType {

    @Inject
    private CatalogInterop catalog;

    @Inject
    private CalendarInterop calendar;

    @Inject
    private CaseworkInterop casework;

    @Inject
    private DecisionInterop decisions;

    @Inject
    private ComplaintInterop complaints;

    @Resource
    private WebServiceContext context;

    @Override
    public ListDepartmentsResponse listDepartments(ListDepartments request) throws GovFlowFault_Exception {
        return answer(() -> SoapMapping.departments(catalog.listDepartments()));
    }

    @Override
    public ListItemsResponse listItems(ListItems request) throws GovFlowFault_Exception {
        return answer(() -> SoapMapping.items(catalog.listItems(Params.optional(request.getDepartment()),
                Params.instant("changedSince", request.getChangedSince()), request.getPage(), request.getSize())));
    }

    @Override
    public GetItemResponse getItem(GetItem request) throws GovFlowFault_Exception {
        return answer(() -> SoapMapping.item(catalog.getItem(request.getCode())));
    }

    @Override
    public IsWorkingDayResponse isWorkingDay(IsWorkingDay request) throws GovFlowFault_Exception {
        return answer(() -> SoapMapping.day(calendar.day(Params.date("date", request.getDate()))));
    }

    @Override
    public ComputeDeadlineResponse computeDeadline(ComputeDeadline request) throws GovFlowFault_Exception {
        return answer(() -> SoapMapping.deadline(calendar.deadline(Params.date("from", request.getFrom()),
                request.getDays())));
    }

    @Override
    public SubmitApplicationResponse submitApplication(SubmitApplication request) throws GovFlowFault_Exception {
        return answer(() -> SoapMapping.submission(casework.submit(SoapMapping.application(request),
                interopClient())));
    }

    @Override
    public GetCaseStatusResponse getCaseStatus(GetCaseStatus request) throws GovFlowFault_Exception {
        return answer(() -> {
            interopClient();
            return SoapMapping.caseStatus(casework.status(request.getNumber()));
        });
    }

    @Override
    public ListDecisionsResponse listDecisions(ListDecisions request) throws GovFlowFault_Exception {
        return answer(() -> {
            interopClient();
            return SoapMapping.decisions(decisions.listPublishedSince(Params.instant("since", request.getSince()),
                    request.getPage(), request.getSize()));
        });
    }

    @Override
    public ListComplaintsResponse listComplaints(ListComplaints request) throws GovFlowFault_Exception {
        return answer(() -> {
            interopClient();
            return SoapMapping.complaints(complaints.listChangedSince(Params.instant("since", request.getSince()),
                    request.getPage(), request.getSize()));
        });
    }

    /**
     * Checks that the caller signed in with HTTP Basic as an interop client, before anything is read.
     *
     * @return the calling account's name
     */
    private String interopClient() {
        HttpServletRequest request = (HttpServletRequest) context.getMessageContext()
                .get(MessageContext.SERVLET_REQUEST);
        if (request == null || request.getUserPrincipal() == null) {
            throw new InteropException(ErrorCode.UNAUTHENTICATED);
        }
        if (!request.isUserInRole(Roles.INTEROP_CLIENT)) {
            throw new InteropException(ErrorCode.FORBIDDEN);
        }
        return request.getUserPrincipal().getName();
    }

    /** Runs an operation; whatever fails becomes the declared fault, an unexpected failure as an incident. */
    private static <T> T answer(Supplier<T> operation) throws GovFlowFault_Exception {
        try {
            return operation.get();
        } catch (RuntimeException e) {
            throw SoapMapping.fault(Failure.from(e));
        }
    }
}
