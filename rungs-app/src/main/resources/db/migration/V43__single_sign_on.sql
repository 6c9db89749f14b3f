-- How each session was signed in: 'password', or 'sso' (OpenID Connect). A one-time password
-- holds up only sessions signed in with it: someone who signed in with single sign-on has no
-- password to replace.
alter table person_session add column sign_in_method varchar(16) default 'password' not null;
