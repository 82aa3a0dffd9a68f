-- DropIndex
DROP INDEX "QuizAttempt_assignmentId_idx";

-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN "attemptsAllowed" INTEGER;
ALTER TABLE "Assignment" ADD COLUMN "opensAt" DATETIME;
ALTER TABLE "Assignment" ADD COLUMN "passMark" INTEGER;
ALTER TABLE "Assignment" ADD COLUMN "questionCount" INTEGER;
ALTER TABLE "Assignment" ADD COLUMN "spacedDays" INTEGER;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Classroom" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teacherId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "joinCode" TEXT NOT NULL,
    "joinCodeEnabled" BOOLEAN NOT NULL DEFAULT true,
    "section" TEXT,
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Classroom_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Classroom" ("archivedAt", "createdAt", "id", "joinCode", "name", "teacherId") SELECT "archivedAt", "createdAt", "id", "joinCode", "name", "teacherId" FROM "Classroom";
DROP TABLE "Classroom";
ALTER TABLE "new_Classroom" RENAME TO "Classroom";
CREATE UNIQUE INDEX "Classroom_joinCode_key" ON "Classroom"("joinCode");
CREATE INDEX "Classroom_teacherId_idx" ON "Classroom"("teacherId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "QuizAttempt_assignmentId_userId_idx" ON "QuizAttempt"("assignmentId", "userId");

