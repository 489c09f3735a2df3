package dev.tasuki.success.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** The admin form for one health input's weight and thresholds (or the colour bands). */
record HealthSettingForm(
        @NotBlank String code,
        @NotNull @Min(0) @Max(100) Integer weight,
        @NotNull @Min(-1000) @Max(1000) Integer goodAt,
        @NotNull @Min(-1000) @Max(1000) Integer badAt) {}
