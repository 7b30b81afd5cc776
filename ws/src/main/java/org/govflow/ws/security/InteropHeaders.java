package org.govflow.ws.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The X-Road style headers a calling system may send with any call: which system calls, its message id,
 * the end user it acts for, its case, and the protocol version. GovFlow echoes them and audits them.
 *
 * @param values by name, in {@link #NAMES} order, only those the caller sent
 */
public record InteropHeaders(Map<String, String> values) {

    /** The header names, as SOAP header elements of urn:govflow:interop:headers:v1. */
    public static final List<String> NAMES = List.of("client", "id", "userId", "issue", "protocolVersion");

    /** The longest value kept of one header; the audit log has room for all five. */
    private static final int MAX_LENGTH = 150;

    public InteropHeaders {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String name : NAMES) {
            String value = values.get(name);
            if (value != null && !value.isBlank()) {
                String stripped = value.strip();
                ordered.put(name, stripped.length() <= MAX_LENGTH ? stripped : stripped.substring(0, MAX_LENGTH));
            }
        }
        values = Collections.unmodifiableMap(ordered);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The audit detail: {@code client=... id=...}, only the headers sent. */
    public String describe() {
        return values.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }
}
