-- The KPI engine's speed (docs/kpi.md, "Read models"). The funnel rows carry the lead's source, campaign, owner and
-- segment, so a filter or a breakdown of the funnel reads no lead rows; kept by LeadAttributesChanged.
alter table kpi_lead_funnel add column source varchar(32);
alter table kpi_lead_funnel add column campaign_id bigint;
alter table kpi_lead_funnel add column owner_id bigint;
alter table kpi_lead_funnel add column segment varchar(16);
update kpi_lead_funnel set source = (select l.source from lead l where l.id = kpi_lead_funnel.lead_id),
    campaign_id = (select l.campaign_id from lead l where l.id = kpi_lead_funnel.lead_id),
    owner_id = (select l.owner_id from lead l where l.id = kpi_lead_funnel.lead_id),
    segment = (select l.segment from lead l where l.id = kpi_lead_funnel.lead_id);

-- The cohort index also covers the lead's columns, so a filtered or broken-down cohort is still read from the index
-- alone (the rows of a month are spread over the table as leads of every age move on).
drop index kpi_lead_funnel_cohort;
create index kpi_lead_funnel_cohort on kpi_lead_funnel (lead_s, mql_s, sal_s, sql_s, opportunity_s, customer_s, source,
    campaign_id, owner_id, segment);
-- The period basis reads one index range per stage: each stage's entry with the next one's, for the median.
drop index kpi_lead_funnel_mql;
drop index kpi_lead_funnel_sal;
drop index kpi_lead_funnel_sql;
drop index kpi_lead_funnel_opportunity;
create index kpi_lead_funnel_mql on kpi_lead_funnel (mql_s, sal_s);
create index kpi_lead_funnel_sal on kpi_lead_funnel (sal_s, sql_s);
create index kpi_lead_funnel_sql on kpi_lead_funnel (sql_s, opportunity_s);
create index kpi_lead_funnel_opportunity on kpi_lead_funnel (opportunity_s, customer_s);

-- The company's MRR movements summed by month, so MRR and the customers at a day add up a row a month of history and
-- the daily sums of that day's month only: the revenue figures read the window, not every day before it.
-- customers: accounts that came (NEW, REACTIVATION) less those that left (CHURN).
create table kpi_mrr_month (
    month_start date   not null primary key,
    amount      bigint not null,
    customers   bigint not null
);
insert into kpi_mrr_month (month_start, amount, customers)
select cast(date_trunc('month', movement_on) as date), sum(amount),
       sum(case when kind in ('NEW', 'REACTIVATION') then movements when kind = 'CHURN' then -movements else 0 end)
  from kpi_mrr_day group by cast(date_trunc('month', movement_on) as date);
