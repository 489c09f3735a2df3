package dev.tasuki.demo.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.tasuki.demo.ScaleGenerator;
import dev.tasuki.identity.UserDirectory;

/**
 * The scale generator as a start-up command: with tasuki.scale.leads=N (and the demo off), an empty database gets N
 * leads of synthetic history over tasuki.scale.months (default 18). See docs/benchmarks.md.
 */
@Component
@Order(0)
@ConditionalOnProperty("tasuki.scale.leads")
class ScaleRunner implements ApplicationRunner {

    private final ScaleGenerator generator;
    private final UserDirectory directory;
    private final ScaleGenerator.Plan plan;
    private final String password;

    ScaleRunner(
            ScaleGenerator generator,
            UserDirectory directory,
            @Value("${tasuki.scale.leads}") int leads,
            @Value("${tasuki.scale.months:18}") int months,
            @Value("${tasuki.scale.seed:1}") long seed,
            @Value("${tasuki.scale.password:tasuki-scale-2026}") String password) {
        this.generator = generator;
        this.directory = directory;
        this.plan = new ScaleGenerator.Plan(leads, months, seed);
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (directory.isEmpty()) {
            generator.generate(plan, password);
        }
    }
}
