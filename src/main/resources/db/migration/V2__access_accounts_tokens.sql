create table user_account (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    person_id       bigint references person (id),
    username        text        not null check (length(username) between 1 and 254),
    password_hash   text,
    roles           text[]      not null default '{EMPLOYEE}',
    system_admin    boolean     not null default false,
    status          text        not null default 'ACTIVE' check (status in ('INVITED', 'ACTIVE', 'DEACTIVATED')),
    language        text,
    time_zone       text,
    last_login_at   timestamptz,
    version         int         not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create unique index user_account_username on user_account (lower(username));
create unique index user_account_person on user_account (person_id) where person_id is not null;
create index user_account_org on user_account (organization_id, lower(username), id);

-- Single-use links (invitation, password reset); only the hash of the secret is stored.
create table account_link (
    id           bigint generated always as identity primary key,
    user_id      bigint      not null references user_account (id),
    purpose      text        not null check (purpose in ('INVITATION', 'PASSWORD_RESET')),
    token_hash   text        not null unique,
    expires_at   timestamptz not null,
    used_at      timestamptz,
    created_at   timestamptz not null default now()
);
create index account_link_user on account_link (user_id);

create table api_token (
    id              bigint generated always as identity primary key,
    organization_id bigint      not null references organization (id),
    user_id         bigint      not null references user_account (id),
    name            text        not null check (length(name) between 1 and 100),
    token_hash      text        not null unique,
    scopes          text[]      not null,
    expires_at      timestamptz,
    revoked_at      timestamptz,
    last_used_at    timestamptz,
    created_at      timestamptz not null default now()
);
create index api_token_user on api_token (user_id, id);

-- Failed sign-ins, kept in the database so the rate limit holds across nodes and restarts.
create table login_failure (
    id        bigint generated always as identity primary key,
    username  text        not null,
    remote_ip text,
    at        timestamptz not null default now()
);
create index login_failure_user on login_failure (lower(username), at);
