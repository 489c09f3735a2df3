package dev.tasuki.deal;

import java.time.LocalDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import dev.tasuki.platform.Amount;
import dev.tasuki.platform.BusinessDate;

/**
 * Winning or losing a deal: always a reason code and a comment. A win also fixes the MRR it brings, the contract term
 * and the day the contract starts (defaults: the deal's MRR and term, today).
 */
public record CloseDeal(
        @NotBlank @Size(max = 32) String reasonCode,
        @NotBlank @Size(max = 2000) String comment,
        @Amount Long mrr,
        ContractTerm term,

        @BusinessDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate contractStart,

        int version) {}
