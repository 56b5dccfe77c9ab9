package org.frontline.shared;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * The outbound address policy for URLs an admin types (implemented by {@code channels}, which owns it): only
 * http(s), and no host that resolves to a loopback, private, link-local or otherwise internal address. Callers
 * resolve through {@link #resolve} inside their HTTP client's own name resolution, so the connection goes to
 * exactly the addresses that were checked.
 */
public interface OutboundAddresses {

    /**
     * The host's addresses, every one of them allowed by the policy.
     *
     * @throws Refused when any address is refused (an {@link UnknownHostException}, so HTTP clients report a
     *     failed look-up and never connect)
     */
    InetAddress[] resolve(String host) throws UnknownHostException;

    /** Why the URL may not be called at all (scheme, missing host, credentials in it), before any look-up. */
    static Optional<String> malformed(URI uri) {
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("Only http and https URLs are allowed, not '" + scheme + "'");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            return Optional.of("The URL needs a host name and no user name or password");
        }
        return Optional.empty();
    }

    /** A host that resolves to an address the policy refuses. */
    final class Refused extends UnknownHostException {
        public Refused(String message) {
            super(message);
        }
    }
}
