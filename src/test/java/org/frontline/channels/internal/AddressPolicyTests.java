package org.frontline.channels.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTests {

    @ParameterizedTest
    @ValueSource(strings = {
        "127.0.0.1", "127.9.9.9", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254", "169.254.10.10",
        "100.64.0.1", "0.0.0.0", "224.0.0.1", "::1", "::", "fe80::1", "fc00::1", "fd00:ec2::254", "ff02::1", "64:ff9b::a00:1",
        "2002:7f00:1::"
    })
    void refusesLoopbackPrivateLinkLocalMetadataAndUniqueLocalAddresses(String address) throws Exception {
        assertThat(AddressPolicy.strict().refusal(InetAddress.getByName(address))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "1.1.1.1", "172.32.0.1", "2606:4700:4700::1111"})
    void allowsPublicAddresses(String address) throws Exception {
        assertThat(AddressPolicy.strict().refusal(InetAddress.getByName(address))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.0.0.1", "169.254.169.254"})
    void refusesIpv4MappedIpv6FormsOfBlockedAddresses(String v4) throws Exception {
        var bytes = new byte[16];
        bytes[10] = (byte) 0xff;
        bytes[11] = (byte) 0xff;
        System.arraycopy(InetAddress.getByName(v4).getAddress(), 0, bytes, 12, 4);
        // Built as a true Inet6Address: Java would otherwise quietly turn ::ffff:a.b.c.d into IPv4.
        var mapped = Inet6Address.getByAddress(null, bytes, -1);

        assertThat(AddressPolicy.strict().refusal(mapped)).hasValueSatisfying(reason -> assertThat(reason).contains(v4));
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1"})
    void testOnlyAllowanceLetsLoopbackThroughButNothingElse(String address) throws Exception {
        var tests = new AddressPolicy(true);

        assertThat(tests.refusal(InetAddress.getByName(address))).isEmpty();
        assertThat(tests.refusal(InetAddress.getByName("10.0.0.1"))).isPresent();
        assertThat(tests.refusal(InetAddress.getByName("169.254.169.254"))).hasValueSatisfying(r -> assertThat(r).contains("metadata"));
    }
}
