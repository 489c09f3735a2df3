package dev.tasuki.platform;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The SSRF guard's list of addresses, for every feature that connects to a URL a user typed (webhooks today, chat
 * channels later). An address is public unless the IANA special-purpose address registries (IPv4 and IPv6, as of 2025)
 * say it is not globally reachable, or it is multicast, or it embeds an IPv4 address that is not public (NAT64 and 6to4
 * prefixes). Host names resolve as the HTTP client resolves them (Java's resolver, which Apache HttpClient is given); a
 * numeric IPv4 host in any other form than four decimal numbers without leading zeros ({@code 0177.0.0.1},
 * {@code 2130706433}, {@code 127.1}) is refused, as other software reads those forms as other addresses.
 */
public final class PublicAddresses {

    private record Block(byte[] prefix, int bits, boolean reachable) {
        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The registries' entries; the most specific entry that contains an address decides. */
    private static final List<Block> REGISTRY = List.of(
            // IPv4 special-purpose address registry
            block("0.0.0.0/8", false), // "this network"
            block("10.0.0.0/8", false), // private use
            block("100.64.0.0/10", false), // shared address space (carrier-grade NAT)
            block("127.0.0.0/8", false), // loopback
            block("169.254.0.0/16", false), // link local (cloud metadata)
            block("172.16.0.0/12", false), // private use
            block("192.0.0.0/24", false), // IETF protocol assignments
            block("192.0.0.9/32", true), // port control protocol anycast
            block("192.0.0.10/32", true), // traversal using relays around NAT anycast
            block("192.0.2.0/24", false), // documentation (TEST-NET-1)
            block("192.88.99.0/24", false), // deprecated 6to4 relay anycast
            block("192.168.0.0/16", false), // private use
            block("198.18.0.0/15", false), // benchmarking
            block("198.51.100.0/24", false), // documentation (TEST-NET-2)
            block("203.0.113.0/24", false), // documentation (TEST-NET-3)
            block("224.0.0.0/4", false), // multicast
            block("240.0.0.0/4", false), // reserved
            block("255.255.255.255/32", false), // limited broadcast
            // IPv6 special-purpose address registry
            block("::/8", false), // reserved by the IETF: unspecified, loopback, IPv4-compatible
            block("64:ff9b:1::/48", false), // local-use IPv4/IPv6 translation
            block("100::/64", false), // discard-only
            block("100:0:0:1::/64", false), // dummy IPv6 prefix
            block("2001::/23", false), // IETF protocol assignments (Teredo, benchmarking, ORCHID)
            block("2001:1::1/128", true), // port control protocol anycast
            block("2001:1::2/128", true), // traversal using relays around NAT anycast
            block("2001:3::/32", true), // automatic multicast tunnelling
            block("2001:4:112::/48", true), // AS112-v6
            block("2001:20::/28", true), // ORCHIDv2
            block("2001:30::/28", true), // drone remote ID
            block("2001:db8::/32", false), // documentation
            block("3fff::/20", false), // documentation
            block("5f00::/16", false), // segment routing SIDs
            block("fc00::/7", false), // unique local
            block("fe80::/10", false), // link local
            block("fec0::/10", false), // deprecated site local
            block("ff00::/8", false)); // multicast

    private static final Block NAT64 = block("64:ff9b::/96", true);
    private static final Block SIX_TO_FOUR = block("2002::/16", true);
    private static final Pattern NUMERIC = Pattern.compile("[0-9.]+|0[xX][0-9a-fA-F.xX]*");
    private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    private static final Pattern DOTTED_QUAD = Pattern.compile("(" + OCTET + "\\.){3}" + OCTET);

    private PublicAddresses() {}

    public static boolean isPublic(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address && NAT64.contains(bytes)) {
            return isPublic(Arrays.copyOfRange(bytes, 12, 16));
        }
        if (address instanceof Inet6Address && SIX_TO_FOUR.contains(bytes)) {
            return isPublic(Arrays.copyOfRange(bytes, 2, 6));
        }
        return isPublic(bytes);
    }

    private static boolean isPublic(byte[] bytes) {
        return REGISTRY.stream()
                .filter(block -> block.contains(bytes))
                .reduce((wider, narrower) -> narrower.bits() > wider.bits() ? narrower : wider)
                .map(Block::reachable)
                .orElse(true);
    }

    /**
     * Every address of a URL's host (a name, a dotted quad, or an IPv6 literal with or without brackets), as the HTTP
     * client will resolve it. An ambiguous numeric IPv4 form is refused as unknown.
     */
    public static InetAddress[] resolve(String host) throws UnknownHostException {
        if (host == null || host.isBlank()) {
            throw new UnknownHostException("no host");
        }
        if (NUMERIC.matcher(host).matches() && !DOTTED_QUAD.matcher(host).matches()) {
            throw new UnknownHostException("ambiguous numeric address: " + host);
        }
        return InetAddress.getAllByName(host);
    }

    /** Whether every address of the host is public (false for a host that does not resolve or is ambiguous). */
    public static boolean allPublic(InetAddress[] addresses) {
        return addresses.length > 0 && Arrays.stream(addresses).allMatch(PublicAddresses::isPublic);
    }

    private static Block block(String cidr, boolean reachable) {
        String[] parts = cidr.split("/");
        try {
            // numeric literals only: no lookup happens
            byte[] prefix = InetAddress.getByName(parts[0]).getAddress();
            if (parts[0].contains(":") && prefix.length == 4) {
                throw new IllegalStateException("an IPv6 block that Java reads as IPv4: " + cidr);
            }
            return new Block(prefix, Integer.parseInt(parts[1]), reachable);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(cidr, impossible);
        }
    }
}
