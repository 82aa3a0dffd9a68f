-- AlterTable
ALTER TABLE "QuizAnswer" ADD COLUMN     "overridden" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "overriddenAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "QuizAttempt" ADD COLUMN     "itemIds" TEXT NOT NULL DEFAULT '[]',
ADD COLUMN     "kinds" TEXT NOT NULL DEFAULT '[]',
ADD COLUMN     "seed" INTEGER NOT NULL DEFAULT 0;

