package dev.tasuki.success.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/** The admin form for one health input's weight and thresholds (or the colour bands). */
record HealthSettingForm(@NotBlank String code, @Min(0) @Max(100) int weight, @Min(-1000) @Max(1000) int goodAt,
        @Min(-1000) @Max(1000) int badAt) {
}
