-- The tracker's role and database. Run as a superuser; change the password.
create role tracker login password 'change-me';
create database tracker owner tracker;
