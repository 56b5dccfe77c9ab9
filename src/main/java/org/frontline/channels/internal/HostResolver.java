package org.frontline.channels.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Turns a host name into addresses. The system resolver in production; tests answer what they need. */
@FunctionalInterface
public interface HostResolver {

    InetAddress[] resolve(String host) throws UnknownHostException;

    static HostResolver system() {
        return InetAddress::getAllByName;
    }
}
