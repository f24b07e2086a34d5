package io.onboard.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses a production account's webhooks may reach: the public internet only, however it is written. */
class PublicAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "0.1.2.3", "127.0.0.1", "127.255.255.254", "10.0.0.1", "172.16.0.1",
        "172.31.255.255", "192.168.1.1", "100.64.0.1", "100.127.255.255", "169.254.169.254", "192.0.0.8", "192.0.2.1",
        "198.18.0.1", "198.51.100.7", "203.0.113.9", "224.0.0.1", "239.255.255.250", "240.0.0.1", "255.255.255.255",
        "::", "::1", "ff02::1", "fc00::1", "fd12:3456::1", "fe80::1", "fec0::1", "2001:db8::1", "100::1",
        "::ffff:127.0.0.1", "::ffff:10.1.2.3", "::ffff:169.254.169.254", "::127.0.0.1", "64:ff9b::10.0.0.1",
        "2002:c0a8:0101::1", "2002:7f00:0001::1", "192.88.99.1", "3fff::1", "2001::1", "2001:2::1",
        "64:ff9b:1::a00:1", "64:ff9b:1:0:0:0:808:808"})
    void these_are_refused_with_a_reason(String text) throws UnknownHostException {
        InetAddress address = InetAddress.getByName(text);

        assertThat(PublicAddress.refusal(address)).as(text).isPresent();
        assertThat(PublicAddress.isPublic(address)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.1.1.1", "8.8.8.8", "93.184.216.34", "172.15.255.255", "172.32.0.1", "100.63.255.255",
        "100.128.0.1", "169.253.1.1", "192.0.1.1", "198.17.255.255", "223.255.255.254", "2606:4700:4700::1111",
        "2a00:1450:4001:80b::200e", "::ffff:8.8.8.8", "64:ff9b::1.1.1.1", "2002:0808:0808::1"})
    void these_are_public(String text) throws UnknownHostException {
        InetAddress address = InetAddress.getByName(text);

        assertThat(PublicAddress.refusal(address)).as(text).isEmpty();
    }
}
