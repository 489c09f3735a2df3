package dev.tasuki.exchange.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.tasuki.exchange.ExchangeRefused;

/**
 * The SSRF guard of webhooks: a target must be http or https, and every address its host resolves to must be public.
 * Loopback, link-local (cloud metadata at 169.254.169.254), private (10/8, 172.16/12, 192.168/16, fc00::/7),
 * carrier-grade NAT (100.64/10), unspecified and multicast addresses are refused, when the endpoint is saved and again
 * before each delivery (the name may resolve elsewhere by then), unless an admin allows private targets (an intranet
 * receiver; the tests' receiver on loopback). Redirects are never followed.
 */
@Component
class WebhookTargets {

    static final String ALLOW_PRIVATE = "webhooks.allowPrivateTargets";

    private final JdbcClient jdbc;

    WebhookTargets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean privateAllowed() {
        return jdbc.sql("select setting_value from exchange_setting where setting_name = :name").param("name", ALLOW_PRIVATE).query(String.class)
                .optional().map(Boolean::parseBoolean).orElse(false);
    }

    void allowPrivate(boolean allowed) {
        jdbc.sql("update exchange_setting set setting_value = :value where setting_name = :name").param("value", Boolean.toString(allowed))
                .param("name", ALLOW_PRIVATE).update();
    }

    /** The target as a URI, or refused with the reason. */
    URI check(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException malformed) {
            throw ExchangeRefused.webhookTarget(url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw ExchangeRefused.webhookTarget(url);
        }
        if (privateAllowed()) {
            return uri;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (!isPublic(address)) {
                    throw ExchangeRefused.webhookPrivateTarget(url);
                }
            }
        } catch (UnknownHostException unknown) {
            throw ExchangeRefused.webhookTarget(url);
        }
        return uri;
    }

    static boolean isPublic(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean uniqueLocal = address instanceof Inet6Address && (bytes[0] & 0xFE) == 0xFC;
        boolean carrierNat = bytes.length == 4 && (bytes[0] & 0xFF) == 100 && (bytes[1] & 0xC0) == 64;
        return !(address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocal || carrierNat);
    }
}
