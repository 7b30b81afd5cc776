package org.govflow.platform;

import org.wildfly.common.net.CidrAddress;
import org.wildfly.common.net.Inet;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The reverse proxies whose X-Forwarded-For header GovFlow believes, as the site setting lists them (addresses
 * and CIDR ranges, IPv4 or IPv6, separated by commas or spaces). The client is the connection's address unless
 * that is a listed proxy; then it is the right-most address in the header that is not a listed proxy, since
 * everything to its left was written by a party GovFlow does not trust. Only literal addresses count: nothing
 * here ever asks DNS.
 */
public final class TrustedProxies {

    /** The header a proxy appends the address it was reached from to. */
    public static final String FORWARDED_FOR = "X-Forwarded-For";

    private static final Pattern SEPARATORS = Pattern.compile("[,\\s]+");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){3}):\\d{1,5}");

    private final List<CidrAddress> ranges;

    private TrustedProxies(List<CidrAddress> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** No proxy is trusted: the connection's address is always the client's. */
    public static TrustedProxies none() {
        return new TrustedProxies(List.of());
    }

    /**
     * Reads the setting, e.g. {@code "10.0.0.5, 192.168.10.0/24 ::1"}; blank or {@code none} trusts no proxy.
     *
     * @throws IllegalArgumentException naming the first entry that is neither an address nor a range
     */
    public static TrustedProxies parse(String setting) {
        if (setting == null || setting.isBlank() || "none".equals(setting.strip().toLowerCase(Locale.ROOT))) {
            return none();
        }
        List<CidrAddress> ranges = new ArrayList<>();
        for (String entry : SEPARATORS.split(setting.strip())) {
            ranges.add(range(entry));
        }
        return new TrustedProxies(ranges);
    }

    private static CidrAddress range(String entry) {
        if (entry.contains("/")) {
            CidrAddress range = Inet.parseCidrAddress(entry);
            if (range == null) {
                throw new IllegalArgumentException("Not an address range (CIDR): " + entry);
            }
            return range;
        }
        InetAddress address = Inet.parseInetAddress(entry);
        if (address == null) {
            throw new IllegalArgumentException("Not an IP address: " + entry);
        }
        return CidrAddress.create(address, address.getAddress().length * Byte.SIZE);
    }

    /** Whether any proxy is trusted. */
    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** Whether the address (a literal) is one of the trusted proxies. */
    public boolean trusts(String address) {
        InetAddress parsed = address == null ? null : Inet.parseInetAddress(address);
        return parsed != null && ranges.stream().anyMatch(range -> range.matches(parsed));
    }

    /**
     * The client's address for a connection from {@code remoteAddress} that carried the given X-Forwarded-For
     * header values (in the order received; each may list several addresses).
     */
    public String clientAddress(String remoteAddress, List<String> forwardedFor) {
        if (!trusts(remoteAddress) || forwardedFor == null || forwardedFor.isEmpty()) {
            return remoteAddress;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        Collections.reverse(hops);

        String client = remoteAddress;
        for (String hop : hops) {
            String address = withoutPort(hop);
            if (Inet.parseInetAddress(address) == null) {
                // a trusted proxy passed on something that is no address: it is the last hop we can vouch for
                return client;
            }
            client = address;
            if (!trusts(address)) {
                return address;
            }
        }
        return client;
    }

    /** "[2001:db8::1]:443" and "203.0.113.9:8080", as some proxies write them, without the port. */
    private static String withoutPort(String hop) {
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            return end > 0 ? hop.substring(1, end) : hop;
        }
        var withPort = IPV4_WITH_PORT.matcher(hop);
        return withPort.matches() ? withPort.group(1) : hop;
    }

    @Override
    public String toString() {
        return ranges.toString();
    }
}
