-- The Model health check (健全性チェックシート): the sheet's 10 categories and 30 items from the source document, dated
-- assessments answered by several people, evidence snapshots, improvement actions and the reminder's interval.
-- Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL 14.

-- When each user was last signed in or used the API: the "weekly active users" evidence of the tools items.
-- Written by identity at each successful sign-in (form or HTTP Basic) and each API token use.
alter table app_user add column last_seen_at timestamp with time zone;

-- weight: an admin's view of how much the category matters here (1-5); it breaks ties between equally weak items.
create table hc_category (
    code     varchar(8)   primary key,
    number   integer      not null,
    label_ja varchar(100) not null,
    label_en varchar(100) not null,
    weight   integer      not null default 1,
    constraint hc_category_weight_check check (weight between 1 and 5)
);
insert into hc_category (code, number, label_ja, label_en) values
    ('ORG',  1,  '組織体制',                   'Organisation'),
    ('KPI',  2,  'KPIの設定と管理',            'KPIs: setting and management'),
    ('DATA', 3,  'データの構造化と共有',       'Structured, shared data'),
    ('PROC', 4,  'プロセスの可視化',           'A visible process'),
    ('TOOL', 5,  'ツールの活用',               'Use of tools'),
    ('COMM', 6,  '部門間のコミュニケーション', 'Communication between departments'),
    ('CX',   7,  '顧客中心のアプローチ',       'A customer-centred approach'),
    ('PDCA', 8,  'PDCAサイクルの実施',         'Running the PDCA cycle'),
    ('EDU',  9,  '教育と人材育成',             'Training and development'),
    ('EXEC', 10, '経営層のコミットメント',     'Commitment of management');

-- remedies: the document's five solutions that answer a weak item (codes of Remedy, comma separated);
-- feature: the Tasuki feature that helps with it (a code of HelpingFeature).
create table hc_item (
    code          varchar(8)   primary key,
    category_code varchar(8)   not null references hc_category (code),
    number        integer      not null,
    text_ja       varchar(300) not null,
    text_en       varchar(300) not null,
    remedies      varchar(100) not null,
    feature       varchar(32)  not null
);
insert into hc_item (code, category_code, number, text_ja, text_en, remedies, feature) values
    ('ORG-1',  'ORG',  1, 'マーケティング、インサイドセールス、フィールドセールス、カスタマーサクセスの4部門が明確に分かれている',
        'Marketing, Inside Sales, Field Sales and Customer Success are four clearly separate departments', 'EDUCATION', 'USERS'),
    ('ORG-2',  'ORG',  2, '各部門の役割と責任範囲が明確に定義されている',
        'Each department''s role and responsibilities are clearly defined', 'EDUCATION,KPI', 'HOME'),
    ('ORG-3',  'ORG',  3, '部門間の連携体制が整っている',
        'The departments are organised to work together', 'COMMUNICATION', 'WORK_QUEUE'),
    ('KPI-1',  'KPI',  1, '各部門でKPIが適切に設定されている',
        'Each department has suitable KPIs', 'KPI', 'FORECAST'),
    ('KPI-2',  'KPI',  2, 'KPIが部門間で連動している（前部門のゴールが次部門の母数になっている）',
        'KPIs are chained across departments (one department''s goal is the next one''s input)', 'KPI', 'FORECAST'),
    ('KPI-3',  'KPI',  3, 'KPIの達成状況を定期的に確認・共有している',
        'Progress against KPIs is reviewed and shared regularly', 'KPI,COMMUNICATION', 'FORECAST'),
    ('DATA-1', 'DATA', 1, '顧客の行動や自社のアクションを記録できるデータ設計ができている',
        'The data design records what customers do and what we do', 'CRM', 'ACCOUNTS'),
    ('DATA-2', 'DATA', 2, '部門間でデータが横断的に連携されている',
        'Data flows across departments', 'CRM,COMMUNICATION', 'ACCOUNTS'),
    ('DATA-3', 'DATA', 3, '全部門がリアルタイムでデータにアクセスできる環境が整っている',
        'Every department can reach the data in real time', 'CRM', 'ACCOUNTS'),
    ('PROC-1', 'PROC', 1, '顧客の状態や行動に沿った営業プロセスが明確に定義されている',
        'The sales process is clearly defined along the customer''s state and behaviour', 'CUSTOMER,CRM', 'LEADS'),
    ('PROC-2', 'PROC', 2, '各フェーズでの顧客の状態が明確に定義されている',
        'The customer''s state in each phase is clearly defined', 'CUSTOMER', 'LEADS'),
    ('PROC-3', 'PROC', 3, 'プロセスのボトルネックを把握し、改善できる体制が整っている',
        'We know the process''s bottleneck and are organised to fix it', 'KPI', 'PIPELINE'),
    ('TOOL-1', 'TOOL', 1, 'CRMやSFAなどの適切なツールが導入されている',
        'Suitable tools such as a CRM or SFA are in place', 'CRM', 'ACCOUNTS'),
    ('TOOL-2', 'TOOL', 2, '全部門が必要なツールを適切に使用している',
        'Every department uses the tools it needs, properly', 'CRM,EDUCATION', 'WORK_QUEUE'),
    ('TOOL-3', 'TOOL', 3, 'ツールを通じてデータの一元管理ができている',
        'The tools keep the data in one place', 'CRM', 'CONTACTS'),
    ('COMM-1', 'COMM', 1, '定期的な部門間ミーティングが実施されている',
        'Departments meet regularly', 'COMMUNICATION', 'HOME'),
    ('COMM-2', 'COMM', 2, '部門間でフィードバックを行う仕組みがある',
        'There is a way for departments to give each other feedback', 'COMMUNICATION,KPI', 'WORK_QUEUE'),
    ('COMM-3', 'COMM', 3, '情報共有のためのコミュニケーションツールが活用されている',
        'Communication tools for sharing information are in use', 'COMMUNICATION', 'ACCOUNTS'),
    ('CX-1',   'CX',   1, '顧客の行動や状態に基づいてアプローチを行っている',
        'We approach customers based on what they do and where they are', 'CUSTOMER', 'LEADS'),
    ('CX-2',   'CX',   2, '顧客満足度を測定し、改善に活かしている',
        'Customer satisfaction is measured and used to improve', 'CUSTOMER', 'CUSTOMERS'),
    ('CX-3',   'CX',   3, 'LTV（顧客生涯価値）の向上を意識した活動ができている',
        'Our work aims at a higher LTV (customer lifetime value)', 'CUSTOMER,KPI', 'RENEWALS'),
    ('PDCA-1', 'PDCA', 1, '定期的にプロセスの見直しと改善を行っている',
        'The process is reviewed and improved regularly', 'KPI,EDUCATION', 'HEALTH_CHECK'),
    ('PDCA-2', 'PDCA', 2, 'データに基づいた意思決定と改善が行われている',
        'Decisions and improvements are based on data', 'KPI,CRM', 'FORECAST'),
    ('PDCA-3', 'PDCA', 3, '各部門が主体的にPDCAを回す文化が醸成されている',
        'Each department runs its own PDCA cycle', 'EDUCATION', 'HEALTH_CHECK'),
    ('EDU-1',  'EDU',  1, 'The Modelの理念や目的に関する全社研修が実施されている',
        'Company-wide training on The Model''s ideas and purpose takes place', 'EDUCATION', 'HOME'),
    ('EDU-2',  'EDU',  2, '各部門で必要なスキルの育成プログラムがある',
        'Each department has a programme for the skills it needs', 'EDUCATION', 'HOME'),
    ('EDU-3',  'EDU',  3, '部門間ローテーションなど、相互理解を促進する取り組みがある',
        'Rotation between departments and similar efforts build mutual understanding', 'EDUCATION,COMMUNICATION', 'USERS'),
    ('EXEC-1', 'EXEC', 1, '経営層がThe Modelの重要性を理解し、支援している',
        'Management understands why The Model matters and backs it', 'EDUCATION,KPI', 'HEALTH_CHECK'),
    ('EXEC-2', 'EXEC', 2, 'The Model導入の目的が全社で共有されている',
        'The purpose of adopting The Model is shared across the company', 'EDUCATION,COMMUNICATION', 'HOME'),
    ('EXEC-3', 'EXEC', 3, '必要なリソース（人員、予算、ツール）が適切に配分されている',
        'The resources needed (people, budget, tools) are allocated properly', 'KPI', 'CAMPAIGNS');

-- How often the check should run (the reminder), one row.
create table hc_setting (
    id              integer primary key,
    interval_months integer not null,
    version         integer not null default 0,
    constraint hc_setting_one_row check (id = 1),
    constraint hc_setting_interval_check check (interval_months between 1 and 24)
);
insert into hc_setting (id, interval_months) values (1, 3);

create table hc_assessment (
    id         bigint generated by default as identity primary key,
    title      varchar(200) not null,
    started_by bigint       not null references app_user (id),
    started_at timestamp with time zone not null,
    closed_by  bigint references app_user (id),
    closed_at  timestamp with time zone,
    version    integer      not null default 0
);
create index hc_assessment_started on hc_assessment (started_at);

-- One rating per assessor and item, changed as the assessor goes; department is the assessor's when answering
-- (null for executives and admins). rating: GOOD ○, PARTIAL △, POOR ×, UNKNOWN わからない.
create table hc_answer (
    assessment_id bigint      not null references hc_assessment (id),
    item_code     varchar(8)  not null references hc_item (code),
    user_id       bigint      not null references app_user (id),
    department    varchar(32),
    rating        varchar(8)  not null,
    remark        varchar(1000),
    answered_at   timestamp with time zone not null,
    constraint hc_answer_pk primary key (assessment_id, item_code, user_id),
    constraint hc_answer_rating_check check (rating in ('GOOD', 'PARTIAL', 'POOR', 'UNKNOWN'))
);

-- The evidence as it was when the assessment closed (JSON of Evidence), so a closed result never changes.
create table hc_evidence (
    assessment_id bigint        not null references hc_assessment (id),
    item_code     varchar(8)    not null references hc_item (code),
    body          varchar(4000) not null,
    constraint hc_evidence_pk primary key (assessment_id, item_code)
);

create table hc_action (
    id            bigint generated by default as identity primary key,
    assessment_id bigint       not null references hc_assessment (id),
    item_code     varchar(8)   not null references hc_item (code),
    title         varchar(200) not null,
    owner_id      bigint       not null references app_user (id),
    due_on        date         not null,
    status        varchar(8)   not null,
    created_by    bigint       not null references app_user (id),
    created_at    timestamp with time zone not null,
    version       integer      not null default 0,
    constraint hc_action_status_check check (status in ('OPEN', 'DONE'))
);
create index hc_action_item on hc_action (item_code, status);
