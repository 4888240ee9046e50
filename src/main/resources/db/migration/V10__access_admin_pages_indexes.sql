-- The audit log page filters by record type or by user and pages by id (newest first).
create index audit_entry_org_type on audit_entry (organization_id, entity_type, id desc);
create index audit_entry_org_actor on audit_entry (organization_id, actor_user_id, id desc);
-- The mail log filters by status (failed messages are what an admin looks for).
create index mail_outbox_org_status on mail_outbox (organization_id, status, id desc);
-- The sign-in throttle counts failures per address too; the hourly clean-up deletes by age.
create index login_failure_ip on login_failure (remote_ip, at);
create index login_failure_at on login_failure (at);
-- The reset throttle counts an account's recent reset links.
create index account_link_user_purpose on account_link (user_id, purpose, created_at);
