package org.govflow.ws.soap;

import jakarta.inject.Inject;
import jakarta.jws.HandlerChain;
import jakarta.jws.WebService;
import org.apache.cxf.interceptor.OutFaultInterceptors;
import org.govflow.ws.Params;
import org.govflow.ws.calendar.CalendarInterop;
import org.govflow.ws.catalog.CatalogInterop;
import org.govflow.ws.error.Failure;
import org.govflow.ws.soap.v1.ComputeDeadline;
import org.govflow.ws.soap.v1.ComputeDeadlineResponse;
import org.govflow.ws.soap.v1.GetItem;
import org.govflow.ws.soap.v1.GetItemResponse;
import org.govflow.ws.soap.v1.GovFlowFault_Exception;
import org.govflow.ws.soap.v1.GovFlowPortType;
import org.govflow.ws.soap.v1.IsWorkingDay;
import org.govflow.ws.soap.v1.IsWorkingDayResponse;
import org.govflow.ws.soap.v1.ListDepartments;
import org.govflow.ws.soap.v1.ListDepartmentsResponse;
import org.govflow.ws.soap.v1.ListItems;
import org.govflow.ws.soap.v1.ListItemsResponse;

import java.util.function.Supplier;

/**
 * GovFlowService, version 1, at {@code /api/soap/v1/GovFlowService} (mapped in web.xml): the catalogue and
 * calendar operations, open to every caller. Each operation reads its request, asks the same
 * {@code *Interop} bean as the REST resource, and copies the answer into the generated types; any failure
 * becomes a declared GovFlowFault. The address stays open because the catalogue is; an operation for
 * interop clients only will first check the caller's role on the injected {@code WebServiceContext} and
 * fail with GF-401 or GF-403, as the REST interface does.
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

    /** Runs an operation; whatever fails becomes the declared fault, an unexpected failure as an incident. */
    private static <T> T answer(Supplier<T> operation) throws GovFlowFault_Exception {
        try {
            return operation.get();
        } catch (RuntimeException e) {
            throw SoapMapping.fault(Failure.from(e));
        }
    }
}
