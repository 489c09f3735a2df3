package dev.tasuki.deal;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The context Customer Success needs to start onboarding a won NEW deal, written in Japanese as the FS→CS handoff's
 * note: the deal, its amount and MRR, the term, the contract start and the win comment.
 */
public final class OnboardingNote {

    private OnboardingNote() {}

    public static String of(
            String dealName, long amount, long mrr, ContractTerm term, LocalDate start, String comment) {
        return String.format(
                Locale.JAPAN,
                "受注: %s%n契約金額: ¥%,d／MRR: ¥%,d（%s）%n契約開始日: %s%n%s",
                dealName,
                amount,
                mrr,
                term == ContractTerm.ANNUAL ? "年間契約" : "月額契約",
                start,
                comment.strip());
    }
}
