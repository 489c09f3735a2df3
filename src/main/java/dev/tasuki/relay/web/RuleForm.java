package dev.tasuki.relay.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.tasuki.relay.ScoringRule;

/** The admin form for a lead scoring rule; id 0 adds a rule. */
public record RuleForm(
        long id,
        @NotNull ScoringRule.Kind kind,

        @NotBlank @Pattern(regexp = "industry|employeeBand|segment|source|title|kind|subject")
        String field,

        @NotBlank @Size(max = 200) String matchValue,
        @Min(-100) @Max(100) int points,
        @NotBlank @Size(max = 100) String labelJa,
        @NotBlank @Size(max = 100) String labelEn,
        boolean active) {}
