package org.frontline.channels;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import org.frontline.channels.internal.AddressPolicy;
import org.frontline.channels.internal.ChannelsProperties;
import org.frontline.channels.internal.HostResolver;
import org.springframework.stereotype.Component;

/**
 * The channels' outbound address policy, for other modules that call a URL an admin typed: only http(s), and
 * no host that resolves to a loopback, private, link-local or otherwise internal address. Callers resolve
 * through {@link #resolve} inside their HTTP client's own name resolution, so the connection goes to exactly
 * the addresses that were checked.
 */
@Component
public final class OutboundAddresses {

    private final AddressPolicy policy;
    private final HostResolver resolver = HostResolver.system();

    OutboundAddresses(ChannelsProperties properties) {
        this.policy = new AddressPolicy(properties.fetch().testOnlyAllowLoopback());
    }

    /** Why the URL may not be called at all (scheme, missing host, credentials in it), before any DNS look-up. */
    public static Optional<String> malformed(URI uri) {
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("Only http and https URLs are allowed, not '" + scheme + "'");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            return Optional.of("The URL needs a host name and no user name or password");
        }
        return Optional.empty();
    }

    /**
     * The host's addresses, every one of them allowed by the policy.
     *
     * @throws Refused when any address is refused (a subclass of {@link UnknownHostException}, so HTTP clients
     *     report it as a failed look-up and never connect)
     */
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

    /** A host that resolves to an address the policy refuses. */
    public static final class Refused extends UnknownHostException {
        public Refused(String message) {
            super(message);
        }
    }
}
