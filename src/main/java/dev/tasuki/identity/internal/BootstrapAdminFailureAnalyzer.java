package dev.tasuki.identity.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns the missing bootstrap admin into Spring Boot's short "APPLICATION FAILED TO START" report. */
public class BootstrapAdminFailureAnalyzer extends AbstractFailureAnalyzer<BootstrapAdminMissing> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BootstrapAdminMissing cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Start Tasuki with the environment variables TASUKI_ADMIN_EMAIL and TASUKI_ADMIN_PASSWORD set, "
                        + "sign in as that admin and invite the others.",
                cause);
    }
}
