package dev.tasuki.deal;

import java.time.LocalDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import dev.tasuki.platform.Amount;
import dev.tasuki.platform.BusinessDate;

/** The fields of a deal a person types. Stage, status, dates of creation and closing are never here. */
public record DealDetails(
        @NotNull Long accountId,
        @NotBlank @Size(max = 200) String name,
        @NotNull DealType type,
        @Amount long amount,
        @Amount long mrr,
        @NotNull ContractTerm term,

        @NotNull @BusinessDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate expectedCloseOn,

        Long ownerId) {

    /** The same deal owned by this user when no owner was named: a deal always has someone on it. */
    public DealDetails ownedByDefault(long userId) {
        return ownerId != null
                ? this
                : new DealDetails(accountId, name, type, amount, mrr, term, expectedCloseOn, userId);
    }

    public static DealDetails of(Deal deal) {
        return new DealDetails(
                deal.accountId(),
                deal.name(),
                deal.type(),
                deal.amount(),
                deal.mrr(),
                deal.term(),
                deal.expectedCloseOn(),
                deal.ownerId());
    }
}
