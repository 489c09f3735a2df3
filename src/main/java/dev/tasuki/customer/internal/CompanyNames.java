package dev.tasuki.customer.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key a company name is matched by: "株式会社ツナギクラウド", "ﾂﾅｷﾞｸﾗｳﾄﾞ㈱" and "（株）ツナギ クラウド" are one company. Trimmed, NFKC
 * (full- and half-width forms made one, ㈱ becomes (株)), lower case, the legal form dropped wherever it stands (株式会社,
 * (株), 有限会社, (有), 合同会社, Inc., Co., Ltd., …), then spaces and the punctuation between words removed.
 */
public final class CompanyNames {

    private static final List<String> JAPANESE_FORMS =
            List.of("株式会社", "(株)", "有限会社", "(有)", "合同会社", "(同)", "合資会社", "(資)", "合名会社", "(名)");

    private static final Pattern LATIN_FORMS = Pattern.compile(
            "(?:[\\s,.]*\\b(?:co\\.?,?\\s*ltd|inc|corp|corporation|llc|ltd|limited|k\\.k|g\\.k)\\b\\.?)+$");

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,.・･'’\"“”\\-‐－]+");

    private CompanyNames() {}

    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String key = Normalizer.normalize(name, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        for (String form : JAPANESE_FORMS) {
            key = key.replace(form, " ");
        }
        key = LATIN_FORMS.matcher(key.strip()).replaceAll("");
        return SEPARATORS.matcher(key).replaceAll("");
    }
}
