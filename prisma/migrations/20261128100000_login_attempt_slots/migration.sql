-- Login throttling holds numbered slots per email (see LoginAttempt in schema.prisma).
-- The failures counted so far are dropped rather than numbered: none counts for more
-- than 15 minutes anyway.
DROP TABLE "LoginAttempt";
CREATE TABLE "LoginAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "slot" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL
);
CREATE UNIQUE INDEX "LoginAttempt_email_slot_key" ON "LoginAttempt"("email", "slot");
