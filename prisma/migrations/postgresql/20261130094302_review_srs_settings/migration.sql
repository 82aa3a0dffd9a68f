-- AlterTable
ALTER TABLE "CardState" ADD COLUMN     "leechedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ReviewLog" ADD COLUMN     "lastElapsedDays" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "nextDue" TIMESTAMP(3),
ADD COLUMN     "undoneAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "SrsSettings" (
    "userId" TEXT NOT NULL,
    "desiredRetention" DOUBLE PRECISION NOT NULL DEFAULT 0.9,
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
    "weightsUpdatedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SrsSettings_pkey" PRIMARY KEY ("userId")
);

-- AddForeignKey
ALTER TABLE "SrsSettings" ADD CONSTRAINT "SrsSettings_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

