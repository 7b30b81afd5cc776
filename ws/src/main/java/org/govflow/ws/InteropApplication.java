package org.govflow.ws;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST interface for other government systems, version 1, at {@code /api/v1}. Resources and
 * providers are discovered by scanning the ws module.
 */
@ApplicationPath("/v1")
@OpenAPIDefinition(info = @Info(
        title = "GovFlow interop API",
        version = "1",
        description = "What other government systems may ask GovFlow: the approval catalogue and the "
                + "working-day calendar (open), and who the calling system is (HTTP Basic, role "
                + "interop_client). Errors are application/problem+json with a stable code; messages are "
                + "Chinese unless Accept-Language asks for English. The same operations are offered over SOAP "
                + "at /api/soap/v1/GovFlowService (WSDL: ?wsdl)."))
@SecurityScheme(securitySchemeName = InteropApplication.BASIC_AUTH, type = SecuritySchemeType.HTTP,
        scheme = "basic")
public class InteropApplication extends Application {

    /** What the resources answer: JSON, with its charset said so that no client guesses. */
    public static final String JSON = "application/json;charset=UTF-8";

    /** The OpenAPI name of HTTP Basic authentication as an interop client. */
    public static final String BASIC_AUTH = "interopClient";
}
