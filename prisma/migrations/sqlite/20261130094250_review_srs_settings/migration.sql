-- AlterTable
ALTER TABLE "CardState" ADD COLUMN "leechedAt" DATETIME;

-- CreateTable
CREATE TABLE "SrsSettings" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "desiredRetention" REAL NOT NULL DEFAULT 0.9,
    "maximumIntervalDays" INTEGER NOT NULL DEFAULT 36500,
    "learningSteps" TEXT NOT NULL DEFAULT '1m 10m',
    "relearningSteps" TEXT NOT NULL DEFAULT '10m',
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "dayStartHour" INTEGER NOT NULL DEFAULT 4,
    "newPerDeck" INTEGER NOT NULL DEFAULT 20,
    "reviewsPerDeck" INTEGER NOT NULL DEFAULT 200,
    "newPerDay" INTEGER NOT NULL DEFAULT 20,
    "reviewsPerDay" INTEGER NOT NULL DEFAULT 200,
    "weights" TEXT,
    "weightsReviewCount" INTEGER,
    "weightsUpdatedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "SrsSettings_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ReviewLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "factId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "fromVersion" INTEGER NOT NULL,
    "itemId" TEXT,
    "rating" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "state" INTEGER NOT NULL,
    "due" DATETIME NOT NULL,
    "stability" REAL NOT NULL,
    "difficulty" REAL NOT NULL,
    "elapsedDays" INTEGER NOT NULL,
    "scheduledDays" INTEGER NOT NULL,
    "learningSteps" INTEGER NOT NULL,
    "reviewedAt" DATETIME NOT NULL,
    "durationMs" INTEGER NOT NULL DEFAULT 0,
    "lastElapsedDays" INTEGER NOT NULL DEFAULT 0,
    "nextDue" DATETIME,
    "undoneAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReviewLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReviewLog_factId_fkey" FOREIGN KEY ("factId") REFERENCES "Fact" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReviewLog_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "CardState" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReviewLog_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_ReviewLog" ("cardId", "createdAt", "difficulty", "due", "durationMs", "elapsedDays", "factId", "fromVersion", "id", "itemId", "learningSteps", "rating", "reviewedAt", "scheduledDays", "source", "stability", "state", "userId") SELECT "cardId", "createdAt", "difficulty", "due", "durationMs", "elapsedDays", "factId", "fromVersion", "id", "itemId", "learningSteps", "rating", "reviewedAt", "scheduledDays", "source", "stability", "state", "userId" FROM "ReviewLog";
DROP TABLE "ReviewLog";
ALTER TABLE "new_ReviewLog" RENAME TO "ReviewLog";
CREATE INDEX "ReviewLog_userId_reviewedAt_idx" ON "ReviewLog"("userId", "reviewedAt");
CREATE INDEX "ReviewLog_factId_idx" ON "ReviewLog"("factId");
CREATE INDEX "ReviewLog_itemId_idx" ON "ReviewLog"("itemId");
CREATE UNIQUE INDEX "ReviewLog_cardId_fromVersion_key" ON "ReviewLog"("cardId", "fromVersion");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

