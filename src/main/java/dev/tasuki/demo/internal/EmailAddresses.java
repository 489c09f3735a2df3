package dev.tasuki.demo.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * Company email addresses as Japanese companies form them (taro.yamada@, t-yamada@, yamada_taro@, yamada@), each given
 * out once: a second 山田太郎 at the same company gets a number.
 */
final class EmailAddresses {

    static final int STYLES = 4;

    private final Set<String> taken = new HashSet<>();

    String of(JapaneseNames.Person person, DemoCompanies.Company company) {
        String family = person.family().romaji();
        String given = person.given().romaji();
        String local = switch (company.emailStyle()) {
            case 0 -> given + "." + family;
            case 1 -> given.charAt(0) + "-" + family;
            case 2 -> family + "_" + given;
            default -> family + "." + given.charAt(0);
        };
        String email = local + "@" + company.domain();
        for (int n = 2; !taken.add(email); n++) {
            email = local + n + "@" + company.domain();
        }
        return email;
    }
}
