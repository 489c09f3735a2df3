package dev.tasuki.customer.internal;

import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Company domains: how they are stored (lower case, no scheme, "www.", port, path or trailing dot) and which email
 * domains say nothing about the company (free mail and Japanese carrier mail), kept here in one place.
 */
public final class Domains {

    /** Free mail and mobile carrier domains: a lead with such an email is matched by company name only. */
    public static final Set<String> FREE_MAIL = Set.of(
            "gmail.com",
            "googlemail.com",
            "yahoo.co.jp",
            "ymail.ne.jp",
            "yahoo.com",
            "outlook.com",
            "outlook.jp",
            "hotmail.com",
            "hotmail.co.jp",
            "live.com",
            "live.jp",
            "msn.com",
            "icloud.com",
            "me.com",
            "mac.com",
            "aol.com",
            "proton.me",
            "protonmail.com",
            "gmx.com",
            "mail.com",
            "zoho.com",
            "nifty.com",
            "biglobe.ne.jp",
            "docomo.ne.jp",
            "ezweb.ne.jp",
            "au.com",
            "softbank.ne.jp",
            "i.softbank.jp",
            "ymobile.ne.jp",
            "rakuten.jp",
            "excite.co.jp");

    private static final Pattern VALID =
            Pattern.compile("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$");

    private static final Pattern SECOND_LEVEL =
            Pattern.compile("^(co|ne|or|ac|go|ad|ed|gr|lg|com|net|org)\\.[a-z]{2}$");

    private Domains() {}

    /** "https://www.Example.co.jp/about" becomes "example.co.jp"; blank becomes empty. */
    public static Optional<String> normalise(String input) {
        if (input == null || input.isBlank()) {
            return Optional.empty();
        }
        String domain =
                Normalizer.normalize(input, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        int at = domain.lastIndexOf('@');
        if (at >= 0) {
            domain = domain.substring(at + 1);
        }
        domain = domain.replaceFirst("^[a-z][a-z0-9+.-]*://", "");
        domain = domain.replaceFirst("[/?#].*$", "").replaceFirst(":\\d*$", "").replaceFirst("\\.$", "");
        domain = domain.replaceFirst("^www\\.", "");
        return domain.isEmpty() ? Optional.empty() : Optional.of(domain);
    }

    /** Whether a normalised domain is a real host name (internationalised names are checked in their ASCII form). */
    public static boolean valid(String domain) {
        try {
            return VALID.matcher(IDN.toASCII(domain, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT))
                    .matches();
        } catch (IllegalArgumentException notAHostName) {
            return false;
        }
    }

    public static boolean freeMail(String domain) {
        return FREE_MAIL.contains(domain);
    }

    /** The domain of an email address, or the input itself when it is a domain. */
    public static Optional<String> ofEmailOrDomain(String emailOrDomain) {
        return normalise(emailOrDomain);
    }

    /** "jp.example.com" also tries "example.com"; never a suffix such as "co.jp" or "com". */
    public static Optional<String> parent(String domain) {
        String parent = domain.substring(domain.indexOf('.') + 1);
        boolean tooShort =
                parent.indexOf('.') < 0 || SECOND_LEVEL.matcher(parent).matches();
        return tooShort ? Optional.empty() : Optional.of(parent);
    }
}
