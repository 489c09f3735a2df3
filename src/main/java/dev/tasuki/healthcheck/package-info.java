/**
 * The Model health check (健全性チェックシート): the source document's 30 items in 10 categories, dated assessments answered by
 * several people (○ / △ / × / わからない), scores, disagreement between departments, evidence from Tasuki's own data beside
 * each item it can speak to, weak items ranked with the document's remedies, improvement actions, exports and the
 * reminder to run the check again. The modules that own the data contribute the evidence through
 * {@link dev.tasuki.healthcheck.EvidenceSource} beans (counting their shares with
 * {@link dev.tasuki.healthcheck.Share}); the health check's own rules read only its own tables and identity's
 * directory.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Health check",
        allowedDependencies = {"platform", "identity"})
package dev.tasuki.healthcheck;
