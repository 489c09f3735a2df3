-- Every amount a person, an import or the website writes is bounded (METRICS.md, "Money and currency"): at most
-- 10^13 in its currency, so a product with a stage probability stays below 10^15 and sums are exact. Dates lie
-- between 1900 and 2199. The application refuses larger values with a message; these constraints are the last line,
-- for writers that bypass it (a tasuki archive's rows). The numbers are platform's Amounts.MAX, FIRST_DAY, LAST_DAY.
alter table campaign add constraint campaign_cost_bound check (cost <= 10000000000000);
alter table campaign add constraint campaign_dates_bound check (
    (starts_on is null or starts_on between date '1900-01-01' and date '2199-12-31')
    and (ends_on is null or ends_on between date '1900-01-01' and date '2199-12-31'));
alter table deal add constraint deal_amount_bound check (amount <= 10000000000000 and mrr <= 10000000000000);
alter table deal add constraint deal_dates_bound check (
    expected_close_on between date '1900-01-01' and date '2199-12-31'
    and (contract_start is null or contract_start between date '1900-01-01' and date '2199-12-31'));
alter table mrr_level add constraint mrr_level_bound check (
    mrr <= 10000000000000 and effective_on between date '1900-01-01' and date '2199-12-31');
alter table mrr_movement add constraint mrr_movement_bound check (
    amount between -10000000000000 and 10000000000000
    and mrr_before between 0 and 10000000000000 and mrr_after between 0 and 10000000000000);
alter table renewal_decision add constraint renewal_decision_bound check (
    mrr_before between 0 and 10000000000000 and mrr_after between 0 and 10000000000000);
alter table kpi_cost add constraint kpi_cost_bound check (amount <= 10000000000000);
alter table kpi_target add constraint kpi_target_bound check (amount <= 10000000000000);
alter table activity add constraint activity_due_bound check (
    due_on is null or due_on between date '1900-01-01' and date '2199-12-31');
