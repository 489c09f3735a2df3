package dev.tasuki.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** An amount of money between 0 and {@link Amounts#MAX}; null is left to {@code @NotNull}. */
@Documented
@Min(0)
@Max(Amounts.MAX)
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Amount {

    String message() default "{platform.amount.range}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
