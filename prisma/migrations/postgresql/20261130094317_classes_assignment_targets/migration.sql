-- DropIndex
DROP INDEX "QuizAttempt_assignmentId_idx";

-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "attemptsAllowed" INTEGER,
ADD COLUMN     "opensAt" TIMESTAMP(3),
ADD COLUMN     "passMark" INTEGER,
ADD COLUMN     "questionCount" INTEGER,
ADD COLUMN     "spacedDays" INTEGER;

-- AlterTable
ALTER TABLE "Classroom" ADD COLUMN     "joinCodeEnabled" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "section" TEXT;

-- CreateIndex
CREATE INDEX "QuizAttempt_assignmentId_userId_idx" ON "QuizAttempt"("assignmentId", "userId");

