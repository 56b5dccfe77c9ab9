package org.frontline.channels.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Which addresses a user-supplied URL may reach: public unicast only. Loopback, private, carrier-grade NAT,
 * link-local (where cloud metadata lives), unique-local and multicast targets are refused, also when an
 * IPv4 address hides inside an IPv6 one (mapped, compatible, NAT64, 6to4).
 */
public final class AddressPolicy {

    private final boolean allowLoopback;

    /** @param allowLoopback the test-only allowance: lets tests reach their own loopback servers */
    public AddressPolicy(boolean allowLoopback) {
        this.allowLoopback = allowLoopback;
    }

    public static AddressPolicy strict() {
        return new AddressPolicy(false);
    }

    /** Why the address is refused, or empty when it may be reached. */
    public Optional<String> refusal(InetAddress address) {
        var embedded = embeddedIpv4(address);
        if (embedded.isPresent()) {
            return refusal(embedded.get()).map(reason -> reason + " (inside the IPv6 address " + address.getHostAddress() + ")");
        }
        if (address.isLoopbackAddress()) {
            return allowLoopback ? Optional.empty() : Optional.of(address.getHostAddress() + " is a loopback address");
        }
        var kind = address instanceof Inet4Address v4 ? ipv4Kind(v4.getAddress()) : ipv6Kind(address.getAddress());
        return kind.map(k -> address.getHostAddress() + " is " + k);
    }

    private static Optional<String> ipv4Kind(byte[] b) {
        int a = b[0] & 0xff, c = b[1] & 0xff;
        if (a == 169 && c == 254) {
            return Optional.of(b[2] == (byte) 169 && b[3] == (byte) 254
                    ? "the cloud metadata address" : "a link-local address");
        }
        if (a == 0) return Optional.of("an unspecified address");
        if (a == 10 || a == 172 && (c & 0xf0) == 16 || a == 192 && c == 168) return Optional.of("a private address");
        if (a == 100 && (c & 0xc0) == 64) return Optional.of("a carrier-grade NAT address");
        if (a == 192 && c == 0 && b[2] == 0) return Optional.of("an IETF protocol address");
        if (a == 198 && (c & 0xfe) == 18) return Optional.of("a benchmarking address");
        if (a >= 224) return Optional.of("a multicast or reserved address");
        return Optional.empty();
    }

    private static Optional<String> ipv6Kind(byte[] b) {
        if (Arrays.equals(b, new byte[16])) return Optional.of("an unspecified address");
        if ((b[0] & 0xfe) == 0xfc) return Optional.of("a unique-local address");
        if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0x80) return Optional.of("a link-local address");
        if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) return Optional.of("a site-local address");
        if ((b[0] & 0xff) == 0xff) return Optional.of("a multicast address");
        return Optional.empty();
    }

    /** The IPv4 address carried by an IPv4-mapped, -compatible, NAT64 (64:ff9b::/96) or 6to4 address. */
    private static Optional<InetAddress> embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return Optional.empty();
        }
        var b = address.getAddress();
        var zeroPrefix = allZero(b, 0, 10);
        if (zeroPrefix && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) return v4(b, 12);
        if (zeroPrefix && b[10] == 0 && b[11] == 0 && !allZero(b, 12, 14)) return v4(b, 12);
        if (b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && allZero(b, 4, 12)) return v4(b, 12);
        if (b[0] == 0x20 && b[1] == 0x02) return v4(b, 2);
        return Optional.empty();
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (var i = from; i < to; i++) {
            if (b[i] != 0) return false;
        }
        return true;
    }

    private static Optional<InetAddress> v4(byte[] b, int offset) {
        try {
            return Optional.of(InetAddress.getByAddress(Arrays.copyOfRange(b, offset, offset + 4)));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("Four bytes are always an IPv4 address", e);
        }
    }
}
