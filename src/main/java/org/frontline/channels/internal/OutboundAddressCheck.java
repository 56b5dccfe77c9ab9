package org.frontline.channels.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.frontline.shared.OutboundAddresses;
import org.springframework.stereotype.Component;

/** The channels' {@link AddressPolicy} offered to other modules, with the same test-only loopback allowance. */
@Component
class OutboundAddressCheck implements OutboundAddresses {

    private final AddressPolicy policy;
    private final HostResolver resolver = HostResolver.system();

    OutboundAddressCheck(ChannelsProperties properties) {
        this.policy = new AddressPolicy(properties.fetch().testOnlyAllowLoopback());
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        var bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        var addresses = resolver.resolve(bare);
        for (var address : addresses) {
            var refusal = policy.refusal(address);
            if (refusal.isPresent()) {
                throw new Refused("Blocked: " + host + " resolves to " + refusal.get());
            }
        }
        return addresses;
    }
}
