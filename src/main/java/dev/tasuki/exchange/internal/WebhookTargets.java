package dev.tasuki.exchange.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.tasuki.exchange.ExchangeRefused;
import dev.tasuki.platform.PublicAddresses;

/**
 * The SSRF guard of webhooks: a target must be http or https, and every address its host resolves to must be public by
 * platform's {@link PublicAddresses} (the IANA special-purpose registries: loopback, link-local and cloud metadata,
 * private, carrier-grade NAT, documentation, benchmarking, reserved, broadcast, multicast, and NAT64 or 6to4 addresses
 * of any of those are refused; so is an ambiguous numeric host such as 0177.0.0.1), unless an admin allows private
 * targets (an intranet receiver; the tests' receiver on loopback). The check is made when the endpoint is saved, and
 * again by the delivery's HTTP client, which resolves through {@link #addresses} and connects only to the addresses
 * checked there: a name that resolves to a public address at one lookup and to a private one at the next (DNS
 * rebinding) is caught at the lookup the connection uses. Redirects are never followed.
 */
@Component
class WebhookTargets {

    static final String ALLOW_PRIVATE = "webhooks.allowPrivateTargets";

    private final JdbcClient jdbc;

    WebhookTargets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean privateAllowed() {
        return jdbc.sql("select setting_value from exchange_setting where setting_name = :name")
                .param("name", ALLOW_PRIVATE)
                .query(String.class)
                .optional()
                .map(Boolean::parseBoolean)
                .orElse(false);
    }

    void allowPrivate(boolean allowed) {
        jdbc.sql("update exchange_setting set setting_value = :value where setting_name = :name")
                .param("value", Boolean.toString(allowed))
                .param("name", ALLOW_PRIVATE)
                .update();
    }

    /**
     * The target as a URI when it is http or https with a host, its addresses checked now; or refused with the reason.
     */
    URI check(String url) {
        URI uri = parse(url);
        try {
            addresses(uri.getHost());
        } catch (UnknownHostException unknown) {
            throw ExchangeRefused.webhookTarget(url);
        }
        return uri;
    }

    /** The target as a URI when it is http or https with a host; its addresses are checked when it is connected to. */
    URI parse(String url) {
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
        return uri;
    }

    /** Every address of the host, when each is public or private targets are allowed; else refused. */
    InetAddress[] addresses(String host) throws UnknownHostException {
        InetAddress[] addresses = PublicAddresses.resolve(host);
        if (!privateAllowed() && !PublicAddresses.allPublic(addresses)) {
            throw ExchangeRefused.webhookPrivateTarget(host);
        }
        return addresses;
    }
}
