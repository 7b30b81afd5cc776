package org.govflow.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.ZoneId;

/**
 * Site settings that differ between service centres. The values live in the server's naming subsystem
 * (see wildfly-config/src/main/cli/configure-govflow.cli), never in code.
 */
@ApplicationScoped
public class Settings {

    @Resource(lookup = "java:global/govflow/centre-mailbox")
    private String centreMailbox;

    @Resource(lookup = "java:global/govflow/zone")
    private String zone;

    @Resource(lookup = "java:global/govflow/public-base-url")
    private String publicBaseUrl;

    @Resource(lookup = "java:global/govflow/demo-data")
    private String demoData;

    @Resource(lookup = "java:global/govflow/complaint-hourly-limit")
    private String complaintHourlyLimit;

    @Resource(lookup = "java:global/govflow/warn-working-days")
    private String warnWorkingDays;

    @Resource(lookup = "java:global/govflow/trusted-proxies")
    private String trustedProxiesSetting;

    private volatile TrustedProxies trustedProxies;

    @Resource(lookup = "java:global/govflow/red-card-working-days")
    private String redCardWorkingDays;

    /** The address that receives every complaint. */
    public String centreMailbox() {
        return centreMailbox;
    }

    /** The centre's time zone, in which every "today" and every deadline is counted. */
    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    /** The centre's clock: the system clock, seen in the centre's zone. */
    public Clock clock() {
        return Clock.system(zone());
    }

    /** The address citizens reach GovFlow at, without a trailing slash. */
    public String publicBaseUrl() {
        return publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    /** How many working days before a step's due day the deadline watch warns; 0 warns on the due day. */
    public int warnWorkingDays() {
        int days = Integer.parseInt(warnWorkingDays.strip());
        if (days < 0) {
            throw new IllegalStateException("java:global/govflow/warn-working-days must be 0 or more, is " + days);
        }
        return days;
    }

    /** How many working days after its due day a step still not done earns a red card; at least 1. */
    public int redCardWorkingDays() {
        int days = Integer.parseInt(redCardWorkingDays.strip());
        if (days < 1) {
            throw new IllegalStateException("java:global/govflow/red-card-working-days must be 1 or more, is " + days);
        }
        return days;
    }

    /** Whether demo accounts are created on an empty database. */
    public boolean demoData() {
        return Boolean.parseBoolean(demoData);
    }

    /** How many complaints one client address may file online within an hour. */
    public int complaintHourlyLimit() {
        return Integer.parseInt(complaintHourlyLimit.strip());
    }

    /**
     * The reverse proxies whose X-Forwarded-For header is believed; none unless the site lists them.
     *
     * @throws IllegalStateException when the setting holds something that is neither an address nor a range
     */
    public TrustedProxies trustedProxies() {
        TrustedProxies proxies = trustedProxies;
        if (proxies == null) {
            try {
                proxies = TrustedProxies.parse(trustedProxiesSetting);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("java:global/govflow/trusted-proxies: " + e.getMessage(), e);
            }
            trustedProxies = proxies;
        }
        return proxies;
    }
}
