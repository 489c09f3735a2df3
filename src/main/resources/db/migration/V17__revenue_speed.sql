-- The revenue figures' speed (docs/kpi.md, "Read models"). NRR, gross revenue churn and the monthly revenue churn count
-- the movements of accounts that had MRR > 0 at a day. A movement whose account's paying life (its last NEW or
-- REACTIVATION up to the movement) began before that day answers yes without looking back at the account's history;
-- only movements of a life that began since need that look.
alter table kpi_mrr_movement add column life_started_on date;
update kpi_mrr_movement set life_started_on = (
    select max(p.movement_on) from kpi_mrr_movement p
     where p.account_id = kpi_mrr_movement.account_id and p.kind in ('NEW', 'REACTIVATION')
       and (p.movement_on < kpi_mrr_movement.movement_on
            or p.movement_on = kpi_mrr_movement.movement_on and p.id <= kpi_mrr_movement.id));
-- The window's and the last year's movements of the kinds a figure counts, read from the index alone.
create index kpi_mrr_movement_kind on kpi_mrr_movement (kind, movement_on, life_started_on, amount, account_id);
