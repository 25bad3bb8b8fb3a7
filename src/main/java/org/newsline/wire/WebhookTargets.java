package org.newsline.wire;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Decides whether the server may call a webhook address: http or https only, and (unless
 * {@code newsline.wire.allow-private-targets}) only hosts that resolve to public addresses, so that a
 * webhook cannot be aimed at the server itself, the database, or other machines of the private network.
 * Checked when the address is saved and again before every push (DNS can change in between).
 */
@Component
class WebhookTargets {

    private final boolean allowPrivate;

    WebhookTargets(WireProperties properties) {
        this.allowPrivate = properties.allowPrivateTargets();
    }

    /**
     * The address as a URI.
     *
     * @throws IllegalArgumentException naming what is wrong with it
     */
    URI check(String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a webhook address: '" + url + "'");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException("A webhook address must start with https:// or http://: '" + url + "'");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("A webhook address needs a host name and no user name: '" + url + "'");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("The webhook host does not resolve: '" + uri.getHost() + "'");
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (!isPublic(address)) {
                    throw new IllegalArgumentException("The webhook host '" + uri.getHost()
                            + "' resolves to a private or local address (" + address.getHostAddress() + ")");
                }
            }
        }
        return uri;
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            boolean uniqueLocal = (bytes[0] & 0xfe) == 0xfc; // fc00::/7
            boolean mappedV4 = isMappedV4(bytes);
            if (uniqueLocal) {
                return false;
            }
            if (mappedV4) {
                try {
                    return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            return true;
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        boolean sharedNat = first == 100 && second >= 64 && second <= 127; // 100.64.0.0/10
        boolean reserved = first == 0 || first >= 240; // this network, class E and broadcast
        boolean benchmark = first == 198 && (second == 18 || second == 19); // 198.18.0.0/15
        return !(sharedNat || reserved || benchmark);
    }

    private static boolean isMappedV4(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
    }
}
