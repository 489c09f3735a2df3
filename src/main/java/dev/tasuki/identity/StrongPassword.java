package dev.tasuki.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import me.gosimple.nbvcxz.Nbvcxz;

/**
 * A password people choose must not be guessable (OWASP ASVS 6.2): nbvcxz estimates its entropy against lists of common
 * and breached passwords, words, names, keyboard patterns, dates and repeats, and at least 35 bits are asked for
 * ("password1234" has 4, "P@ssw0rd2024!" 23). Null and the length are left to the other constraints.
 */
@Documented
@Constraint(validatedBy = StrongPassword.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface StrongPassword {

    String message() default "{identity.password.weak}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<StrongPassword, String> {

        // its dictionaries load once; an estimate is then a few milliseconds
        private static final Nbvcxz ESTIMATOR = new Nbvcxz();

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null
                    || value.length() < Passwords.MIN_LENGTH
                    || value.length() > Passwords.MAX_LENGTH
                    || ESTIMATOR.estimate(value).isMinimumEntropyMet();
        }
    }
}
