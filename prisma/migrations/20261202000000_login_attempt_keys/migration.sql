-- Failed logins are counted per email and per client address, under keys such as
-- "email:<email>" and "address:<address>" (see LoginAttempt in schema.prisma). The
-- failures counted so far were all per email and keep counting under their new key.
ALTER TABLE "LoginAttempt" RENAME COLUMN "email" TO "key";
UPDATE "LoginAttempt" SET "key" = 'email:' || "key";
DROP INDEX "LoginAttempt_email_slot_key";
CREATE UNIQUE INDEX "LoginAttempt_key_slot_key" ON "LoginAttempt"("key", "slot");
