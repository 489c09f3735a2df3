package dev.tasuki.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The settings form that issues a personal API token. */
public record TokenRequest(@NotBlank @Size(max = 100) String name) {}
