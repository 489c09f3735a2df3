package dev.tasuki.platform;

import java.util.regex.Pattern;

/**
 * Whether a text can be a mail address at all (one @, a dot in the domain, no spaces, at most 254 characters): what
 * Bean Validation's {@code @Email} lets through that no SMTP server takes (a bare "a@b") is refused too.
 */
public final class MailAddresses {

    public static final int MAX_LENGTH = 254;
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    private MailAddresses() {}

    public static boolean plausible(String address) {
        return address != null
                && address.length() <= MAX_LENGTH
                && ADDRESS.matcher(address).matches();
    }
}
