package dev.tasuki.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The SSRF guard's list: the IANA special-purpose registries, one row a case. No name here needs DNS. */
class PublicAddressesTests {

    @ParameterizedTest(name = "{0} is public: {1}")
    @CsvSource({
        // the gaps issue 14 found
        "::127.0.0.1, false",
        "[::127.0.0.1], false",
        "[64:ff9b::7f00:1], false",
        "255.255.255.255, false",
        "198.18.0.1, false",
        "198.19.255.254, false",
        "192.0.0.1, false",
        "240.0.0.1, false",
        "254.1.2.3, false",
        // what was refused before stays refused
        "127.0.0.1, false",
        "127.255.255.254, false",
        "0.0.0.0, false",
        "10.1.2.3, false",
        "100.64.0.1, false",
        "169.254.169.254, false",
        "172.16.0.1, false",
        "172.31.255.255, false",
        "192.168.1.1, false",
        "224.0.0.1, false",
        "::1, false",
        "::, false",
        "[::ffff:127.0.0.1], false",
        "[::ffff:7f00:1], false",
        "fd00::1, false",
        "fe80::1, false",
        "ff02::1, false",
        // the rest of the registries
        "192.0.2.10, false",
        "198.51.100.7, false",
        "203.0.113.9, false",
        "192.88.99.1, false",
        "2001:db8::1, false",
        "2001::1, false",
        "2001:2::1, false",
        "3fff::1, false",
        "5f00::1, false",
        "100::1, false",
        "64:ff9b:1::1, false",
        "fec0::1, false",
        "2002:7f00:1::1, false",
        "2002:c0a8:101::1, false",
        // public addresses, and the registries' globally reachable entries
        "93.184.216.34, true",
        "8.8.8.8, true",
        "172.32.0.1, true",
        "100.128.0.1, true",
        "198.20.0.1, true",
        "192.0.0.9, true",
        "223.255.255.255, true",
        "2606:4700::1111, true",
        "[64:ff9b::808:808], true",
        "2002:808:808::1, true",
        "2001:4:112::1, true",
        "2001:20::1, true"
    })
    void anAddressIsPublicUnlessTheRegistriesSayItIsNotGloballyReachable(String host, boolean expected)
            throws UnknownHostException {
        InetAddress[] addresses = PublicAddresses.resolve(host);
        assertThat(PublicAddresses.allPublic(addresses)).as(host).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0177.0.0.1", "0x7f.0.0.1", "2130706433", "127.1", "017700000001", "1.2.3.04", ""})
    void anAmbiguousNumericHostIsRefusedBeforeAnyLookup(String host) {
        assertThatThrownBy(() -> PublicAddresses.resolve(host)).isInstanceOf(UnknownHostException.class);
    }
}
