package dev.tasuki.relay;

import java.time.LocalDate;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import dev.tasuki.platform.Amount;
import dev.tasuki.platform.BusinessDate;

public record CampaignDetails(
        @NotBlank @Size(max = 200) String name,
        @NotNull LeadSource channel,

        @BusinessDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate startsOn,

        @BusinessDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate endsOn,

        @Amount long cost) {

    @AssertTrue(message = "{campaign.datesOrder}")
    public boolean isDatesInOrder() {
        return startsOn == null || endsOn == null || !endsOn.isBefore(startsOn);
    }
}
