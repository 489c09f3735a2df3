package dev.tasuki.kpi.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

import dev.tasuki.customer.Segment;
import dev.tasuki.kpi.LeadFilter;
import dev.tasuki.kpi.Window;
import dev.tasuki.relay.LeadSource;

/**
 * The filters every dashboard shares, from the query string: the window [from, to) (the last six full months unless
 * given) and the lead's source, campaign, owner and segment. Charts, tables and CSV downloads carry the same query.
 */
record DashboardFilter(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        LeadSource source,
        Long campaign,
        Long owner,
        Segment segment) {

    static final int DEFAULT_MONTHS = 6;

    /** The same filters with the default window filled in where none was given. */
    DashboardFilter orDefaults(LocalDate today) {
        LocalDate thisMonth = today.withDayOfMonth(1);
        return new DashboardFilter(
                from != null ? from : thisMonth.minusMonths(DEFAULT_MONTHS),
                to != null ? to : thisMonth,
                source,
                campaign,
                owner,
                segment);
    }

    Window window() {
        return new Window(from, to);
    }

    LeadFilter leads() {
        return new LeadFilter(
                source == null ? null : source.name(), campaign, owner, segment == null ? null : segment.name());
    }

    /** The calendar months the window touches, in order. */
    List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); m.atDay(1).isBefore(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** The window of one of its months, cut to the window's own ends. */
    Window windowOf(YearMonth month) {
        LocalDate start = month.atDay(1).isBefore(from) ? from : month.atDay(1);
        LocalDate end = month.plusMonths(1).atDay(1).isAfter(to)
                ? to
                : month.plusMonths(1).atDay(1);
        return new Window(start, end);
    }

    /** The query string of these filters, for links to a CSV download or another dashboard. */
    String query() {
        return UriComponentsBuilder.newInstance()
                .queryParam("from", from)
                .queryParam("to", to)
                .queryParamIfPresent("source", java.util.Optional.ofNullable(source))
                .queryParamIfPresent("campaign", java.util.Optional.ofNullable(campaign))
                .queryParamIfPresent("owner", java.util.Optional.ofNullable(owner))
                .queryParamIfPresent("segment", java.util.Optional.ofNullable(segment))
                .build()
                .encode()
                .getQuery();
    }
}
