package io.onboard.application.builtin;

import io.onboard.application.port.out.HostResolver;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** The platform's resolver (DNS and the hosts file); a host it cannot resolve stands for no address. */
public final class SystemHostResolver implements HostResolver {
    @Override
    public List<InetAddress> resolve(String host) {
        try {
            return List.of(InetAddress.getAllByName(host));
        } catch (UnknownHostException unknown) {
            return List.of();
        }
    }
}
