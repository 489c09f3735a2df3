-- The website origins (https://www.example.co.jp) whose pages may post to a capture form with fetch: CORS is answered
-- for them only. Space-separated, normalised when saved; empty: no CORS, plain form posts only.

alter table capture_form add column allowed_origins varchar(2000) default '' not null;
