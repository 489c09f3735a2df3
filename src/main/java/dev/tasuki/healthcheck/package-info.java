/**
 * The Model health check (健全性チェックシート): the source document's 30 items in 10 categories, dated assessments answered by
 * several people (○ / △ / × / わからない), scores, disagreement between departments, evidence from Tasuki's own data beside
 * each item it can speak to, weak items ranked with the document's remedies, improvement actions, exports and the
 * reminder to run the check again. Other modules may contribute evidence through
 * {@link dev.tasuki.healthcheck.EvidenceSource}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Health check",
        allowedDependencies = {"platform", "identity"})
package dev.tasuki.healthcheck;
