-- The inbox wake-up moves out of the inserting transaction (adapters.postgres.inbox.PgInbox.wake_workers):
-- a NOTIFY at commit takes PostgreSQL's global notify lock through the WAL flush and serialises every insert.
DROP TRIGGER webhook_inbox_notify ON webhook_inbox;
DROP FUNCTION notify_webhook_inbox();
