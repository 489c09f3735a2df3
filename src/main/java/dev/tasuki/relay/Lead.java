package dev.tasuki.relay;

import java.time.Instant;

import dev.tasuki.customer.EmployeeBand;
import dev.tasuki.customer.Industry;
import dev.tasuki.customer.Segment;
import dev.tasuki.platform.PersonName;

/** A lead (a person in the funnel) as pages, the API and other modules see one. */
public record Lead(
        long id,
        Long accountId,
        Long suggestedAccountId,
        Long contactId,
        PersonName name,
        PersonName kana,
        String email,
        String phone,
        String companyName,
        String title,
        Industry industry,
        EmployeeBand employeeBand,
        Segment segment,
        LeadSource source,
        Long campaignId,
        LifecycleStage stage,
        Instant stageEnteredAt,
        Long ownerId,
        int score,
        Instant createdAt,
        Long createdBy,
        Instant updatedAt,
        int version) {

    /** What to call the lead in a list: the name, else the email. */
    public String label() {
        String display = name.display();
        return display.isEmpty() ? email : display;
    }
}
