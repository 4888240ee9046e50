-- "My requests and decisions" also lists the requests a person decided as an acting approver.
create index sign_off_approver_acting on sign_off_approver (organization_id, acting_person_id)
    where acting_person_id is not null;
