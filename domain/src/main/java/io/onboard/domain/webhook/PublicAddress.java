package io.onboard.domain.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Whether a webhook may be sent to an address from a production account (SPEC 9): only to the public internet,
 * never to loopback, private, link-local, CGNAT, multicast, unspecified, documentation or other reserved ranges, in
 * IPv4 or IPv6, including IPv4 addresses written as IPv6 (mapped, compatible, NAT64, 6to4). Meant to be checked on
 * save and again at every delivery, on the very address then connected to, since a host's addresses can change.
 */
public final class PublicAddress {
    private PublicAddress() {
    }

    /** Why {@code address} is not public, or empty when it is. */
    public static Optional<String> refusal(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            byte[] embedded = embeddedIpv4(bytes);
            return embedded != null ? ipv4(embedded).map(why -> why + " (written as IPv6)") : ipv6(bytes);
        }
        return address instanceof Inet4Address ? ipv4(bytes) : Optional.of("not an IP address");
    }

    public static boolean isPublic(InetAddress address) {
        return refusal(address).isEmpty();
    }

    private static Optional<String> ipv4(byte[] a) {
        int b0 = a[0] & 0xff;
        int b1 = a[1] & 0xff;
        int b2 = a[2] & 0xff;
        if (b0 == 0) {
            return Optional.of("an unspecified or \"this network\" address (0.0.0.0/8)");
        }
        if (b0 == 127) {
            return Optional.of("a loopback address (127.0.0.0/8)");
        }
        if (b0 == 10 || (b0 == 172 && b1 >= 16 && b1 <= 31) || (b0 == 192 && b1 == 168)) {
            return Optional.of("a private address (RFC 1918)");
        }
        if (b0 == 100 && b1 >= 64 && b1 <= 127) {
            return Optional.of("a carrier-grade NAT address (100.64.0.0/10)");
        }
        if (b0 == 169 && b1 == 254) {
            return Optional.of("a link-local address (169.254.0.0/16), where cloud metadata services answer");
        }
        if (b0 == 192 && b1 == 0 && (b2 == 0 || b2 == 2)) {
            return Optional.of("a reserved address (192.0.0.0/24 or 192.0.2.0/24)");
        }
        if ((b0 == 198 && (b1 == 18 || b1 == 19)) || (b0 == 198 && b1 == 51 && b2 == 100) || (b0 == 203 && b1 == 0 && b2 == 113)) {
            return Optional.of("a benchmarking or documentation address");
        }
        if (b0 == 192 && b1 == 88 && b2 == 99) {
            return Optional.of("a deprecated 6to4 relay address (192.88.99.0/24)");
        }
        if (b0 >= 224) {
            return Optional.of(b0 < 240 ? "a multicast address (224.0.0.0/4)" : "a reserved or broadcast address (240.0.0.0/4)");
        }
        return Optional.empty();
    }

    private static Optional<String> ipv6(byte[] a) {
        boolean allZero = true;
        for (int i = 0; i < 15; i++) {
            allZero &= a[i] == 0;
        }
        if (allZero && (a[15] == 0 || a[15] == 1)) {
            return Optional.of(a[15] == 0 ? "the unspecified address (::)" : "the loopback address (::1)");
        }
        int first = a[0] & 0xff;
        if (first == 0xff) {
            return Optional.of("a multicast address (ff00::/8)");
        }
        if ((first & 0xfe) == 0xfc) {
            return Optional.of("a unique local address (fc00::/7)");
        }
        if (first == 0xfe && (a[1] & 0xc0) == 0x80) {
            return Optional.of("a link-local address (fe80::/10)");
        }
        if (first == 0xfe && (a[1] & 0xc0) == 0xc0) {
            return Optional.of("a site-local address (fec0::/10)");
        }
        if (first == 0x20 && (a[1] & 0xff) == 0x01 && (a[2] & 0xff) == 0x0d && (a[3] & 0xff) == 0xb8) {
            return Optional.of("a documentation address (2001:db8::/32)");
        }
        if (first == 0x3f && (a[1] & 0xff) == 0xff && (a[2] & 0xf0) == 0) {
            return Optional.of("a documentation address (3fff::/20)");
        }
        if (first == 0x20 && (a[1] & 0xff) == 0x01 && (a[2] & 0xfe) == 0) {
            return Optional.of("an IETF protocol assignment (2001::/23: Teredo, benchmarking, ORCHID)");
        }
        if (first == 0x00 && (a[1] & 0xff) == 0x64 && (a[2] & 0xff) == 0xff && (a[3] & 0xff) == 0x9b) {
            return Optional.of("a NAT64 address outside the well-known prefix (64:ff9b::/96), such as local-use 64:ff9b:1::/48");
        }
        if ((first & 0xe0) != 0x20) {
            return Optional.of("outside the global unicast range (2000::/3)");
        }
        return Optional.empty();
    }

    /**
     * The IPv4 address inside an IPv6 one that carries it: mapped (::ffff:a.b.c.d), compatible (::a.b.c.d),
     * NAT64 (64:ff9b::a.b.c.d) or 6to4 (2002:a.b.c.d::); null when it carries none.
     */
    private static byte[] embeddedIpv4(byte[] a) {
        boolean tenZero = true;
        for (int i = 0; i < 10; i++) {
            tenZero &= a[i] == 0;
        }
        boolean mapped = tenZero && (a[10] & 0xff) == 0xff && (a[11] & 0xff) == 0xff;
        boolean compatible = tenZero && a[10] == 0 && a[11] == 0 && !(a[12] == 0 && a[13] == 0 && a[14] == 0);
        boolean nat64 = (a[0] & 0xff) == 0x00 && (a[1] & 0xff) == 0x64 && (a[2] & 0xff) == 0xff && (a[3] & 0xff) == 0x9b
                && a[4] == 0 && a[5] == 0 && a[6] == 0 && a[7] == 0 && a[8] == 0 && a[9] == 0 && a[10] == 0 && a[11] == 0;
        if (mapped || compatible || nat64) {
            return new byte[] {a[12], a[13], a[14], a[15]};
        }
        if ((a[0] & 0xff) == 0x20 && (a[1] & 0xff) == 0x02) {
            return new byte[] {a[2], a[3], a[4], a[5]};
        }
        return null;
    }
}
