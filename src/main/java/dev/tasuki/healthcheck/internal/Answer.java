package dev.tasuki.healthcheck.internal;

import java.time.Instant;

import dev.tasuki.healthcheck.Rating;
import dev.tasuki.identity.Department;

/**
 * One assessor's rating of one item, with the assessor's department when they answered (null: executives and admins,
 * who speak for the whole company).
 */
public record Answer(
        String itemCode, long userId, Department department, Rating rating, String remark, Instant answeredAt) {}
