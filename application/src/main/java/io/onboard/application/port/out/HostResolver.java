package io.onboard.application.port.out;

import java.net.InetAddress;
import java.util.List;

/**
 * The addresses a host name stands for now (DNS, or a literal address as itself); empty when it stands for none.
 * A port so that tests can make a host change its addresses between two lookups, as DNS rebinding does.
 */
public interface HostResolver {
    List<InetAddress> resolve(String host);
}
