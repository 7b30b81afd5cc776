package org.govflow.platform;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrustedProxiesTest {

    private static final TrustedProxies PROXIES = TrustedProxies.parse("10.0.0.5, 192.168.10.0/24 2001:db8::/32");

    @Test
    void withoutSettingTheConnectionsAddressIsTheClientWhateverTheHeaderSays() {
        for (String setting : new String[] {null, "", "  ", "none", "NONE"}) {
            TrustedProxies proxies = TrustedProxies.parse(setting);

            assertThat(proxies.isEmpty()).isTrue();
            assertThat(proxies.clientAddress("10.0.0.5", List.of("203.0.113.7"))).isEqualTo("10.0.0.5");
        }
    }

    @Test
    void headerFromAnUnlistedConnectionIsIgnored() {
        String client = PROXIES.clientAddress("198.51.100.20", List.of("203.0.113.7"));

        assertThat(client).isEqualTo("198.51.100.20");
    }

    @Test
    void listedProxyWithoutHeaderIsItselfTheClient() {
        assertThat(PROXIES.clientAddress("10.0.0.5", List.of())).isEqualTo("10.0.0.5");
        assertThat(PROXIES.clientAddress("10.0.0.5", null)).isEqualTo("10.0.0.5");
    }

    @Test
    void rightMostUntrustedAddressWinsSoAForgedLeftPartCannotChooseTheClient() {
        String client = PROXIES.clientAddress("10.0.0.5", List.of("1.2.3.4, 203.0.113.7, 192.168.10.44"));

        assertThat(client).isEqualTo("203.0.113.7");
    }

    @Test
    void severalHeaderLinesAreReadAsOneListInTheirOrder() {
        String client = PROXIES.clientAddress("192.168.10.1", List.of("1.2.3.4", "198.51.100.9", "10.0.0.5"));

        assertThat(client).isEqualTo("198.51.100.9");
    }

    @Test
    void ipv6ProxyAndPortsAsSomeProxiesWriteThem() {
        assertThat(PROXIES.clientAddress("2001:db8::1", List.of("[2001:db9::5]:443"))).isEqualTo("2001:db9::5");
        assertThat(PROXIES.clientAddress("10.0.0.5", List.of("203.0.113.7:51234"))).isEqualTo("203.0.113.7");
    }

    @Test
    void whenEveryHopIsAListedProxyTheFarthestOneIsTheClient() {
        String client = PROXIES.clientAddress("10.0.0.5", List.of("192.168.10.7, 192.168.10.8"));

        assertThat(client).isEqualTo("192.168.10.7");
    }

    @Test
    void garbageInTheHeaderStopsAtTheLastHopThatCanBeVouchedFor() {
        assertThat(PROXIES.clientAddress("10.0.0.5", List.of("unknown"))).isEqualTo("10.0.0.5");
        assertThat(PROXIES.clientAddress("10.0.0.5", List.of("203.0.113.7, evil.example, 192.168.10.3")))
                .isEqualTo("192.168.10.3");
    }

    @Test
    void hostNamesAreRefusedSoNothingEverAsksDns() {
        assertThat(PROXIES.trusts("localhost")).isFalse();
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.5, proxy.example.org"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("proxy.example.org");
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10.0.0.0/33");
    }

    @Test
    void rangesMatchOnlyTheirOwnAddresses() {
        assertThat(PROXIES.trusts("192.168.10.255")).isTrue();
        assertThat(PROXIES.trusts("192.168.11.0")).isFalse();
        assertThat(PROXIES.trusts("10.0.0.6")).isFalse();
        assertThat(PROXIES.trusts("2001:db8:ffff::1")).isTrue();
    }
}
