package org.govflow.ws.security.dto;

import java.util.List;

/**
 * The calling system as GovFlow knows it.
 *
 * @param account the account it signed in with
 * @param name    the system's name as the administrator entered it
 * @param roles   its roles, e.g. interop_client
 */
public record CallerDto(String account, String name, List<String> roles) {
}
