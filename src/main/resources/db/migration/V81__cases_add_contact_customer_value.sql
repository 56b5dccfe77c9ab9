-- cases module: a contact's customer value (1 = ordinary) weighs their votes on the idea portal. It used to
-- live on portal accounts; values other than 1 move to the contact of the same e-mail address, and a portal
-- customer with a value but no contact yet becomes one (keeping the portal account's id, which is unique).
alter table contact add column customer_value double precision default 1 not null;

update contact set customer_value = (
        select max(p.customer_value) from portal_user p
        join contact_identity i on i.workspace_id = p.workspace_id and i.email = lower(p.email)
        where i.contact_id = contact.id and p.customer_value <> 1)
    where exists (
        select 1 from portal_user p
        join contact_identity i on i.workspace_id = p.workspace_id and i.email = lower(p.email)
        where i.contact_id = contact.id and p.customer_value <> 1);

insert into contact (id, workspace_id, name, created_at, customer_value)
    select p.id, p.workspace_id, p.display_name, p.created_at, p.customer_value from portal_user p
    where p.customer_value <> 1
      and not exists (select 1 from contact_identity i where i.workspace_id = p.workspace_id and i.email = lower(p.email));

insert into contact_identity (workspace_id, channel, handle, contact_id, profile_url, email)
    select p.workspace_id, 'email', lower(p.email), p.id, null, lower(p.email) from portal_user p
    join contact c on c.id = p.id;

alter table portal_user drop column customer_value;
