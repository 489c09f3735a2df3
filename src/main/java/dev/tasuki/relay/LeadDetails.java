package dev.tasuki.relay;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.tasuki.customer.EmployeeBand;
import dev.tasuki.customer.Industry;
import dev.tasuki.customer.Segment;

/**
 * The fields of a lead a person types, for creating one and for editing one. Stage, score, created-by and dates are not
 * here: they are never taken from a form.
 */
public record LeadDetails(
        @Size(max = LeadFields.NAME) String familyName,
        @Size(max = LeadFields.NAME) String givenName,
        @Size(max = LeadFields.KANA) String familyNameKana,
        @Size(max = LeadFields.KANA) String givenNameKana,
        @Email @Size(max = LeadFields.EMAIL) String email,
        @Size(max = LeadFields.PHONE) String phone,
        @Size(max = LeadFields.COMPANY) String companyName,
        @Size(max = LeadFields.TITLE) String title,
        Industry industry,
        EmployeeBand employeeBand,
        Segment segment,
        @NotNull LeadSource source,
        Long campaignId,
        Long ownerId) {

    public boolean identifiesSomeone() {
        return present(familyName) || present(givenName) || present(email);
    }

    public static LeadDetails of(Lead lead) {
        return new LeadDetails(
                lead.name().familyName(),
                lead.name().givenName(),
                lead.kana().familyName(),
                lead.kana().givenName(),
                lead.email(),
                lead.phone(),
                lead.companyName(),
                lead.title(),
                lead.industry(),
                lead.employeeBand(),
                lead.segment(),
                lead.source(),
                lead.campaignId(),
                lead.ownerId());
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
