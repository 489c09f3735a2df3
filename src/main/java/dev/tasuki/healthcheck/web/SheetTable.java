package dev.tasuki.healthcheck.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import dev.tasuki.healthcheck.Rating;
import dev.tasuki.healthcheck.internal.Answer;
import dev.tasuki.healthcheck.internal.AssessmentResults.Result;
import dev.tasuki.healthcheck.internal.Scorecard.CategoryResult;
import dev.tasuki.healthcheck.internal.Scorecard.ItemResult;
import dev.tasuki.identity.UserAccount;

/**
 * An assessment in the sheet's own layout, for the exports: カテゴリ | チェック項目 | then 評価 and 備考 for each assessor (named
 * with their department) | スコア. One header row, then one row per item in the document's order.
 */
@Component
class SheetTable {

    private final MessageSource messages;

    SheetTable(MessageSource messages) {
        this.messages = messages;
    }

    List<List<String>> rows(Result result, Map<Long, UserAccount> people, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header =
                new ArrayList<>(List.of(text("healthcheck.category", locale), text("healthcheck.item", locale)));
        for (long assessor : result.assessors()) {
            String who = assessorName(people.get(assessor), locale);
            header.add(text("healthcheck.export.rating", locale, who));
            header.add(text("healthcheck.export.remark", locale, who));
        }
        header.add(text("healthcheck.score", locale));
        rows.add(header);
        for (CategoryResult category : result.scorecard().categories()) {
            String categoryLabel =
                    category.category().number() + ". " + category.category().label(locale);
            for (ItemResult item : category.items()) {
                List<String> row =
                        new ArrayList<>(List.of(categoryLabel, item.item().text(locale)));
                for (long assessor : result.assessors()) {
                    Answer answer = item.answerOf(assessor).orElse(null);
                    row.add(answer == null ? "" : rating(answer.rating(), locale));
                    row.add(answer == null || answer.remark() == null ? "" : answer.remark());
                }
                Integer percent = item.score().percent();
                row.add(percent == null ? "" : percent + " %");
                rows.add(row);
            }
        }
        return rows;
    }

    private String assessorName(UserAccount user, Locale locale) {
        if (user == null) {
            return "?";
        }
        String department = user.department() == null
                ? text("healthcheck.company", locale)
                : text(user.department().messageKey(), locale);
        return user.name().display() + " (" + department + ")";
    }

    private String rating(Rating rating, Locale locale) {
        return rating.known() ? rating.symbol() : text(rating.messageKey(), locale);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
