-- The KPI items of the health check link to the pages that now exist for them: the dashboards and the targets.
update hc_item set feature = 'DASHBOARD' where code in ('KPI-1', 'KPI-3', 'PDCA-2');
update hc_item set feature = 'TARGETS' where code = 'KPI-2';
