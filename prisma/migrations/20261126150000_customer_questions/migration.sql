-- AlterTable
ALTER TABLE "Initiative" ADD COLUMN     "customerBenefit" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "customerEvidence" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "customerExperience" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "customerProblem" TEXT NOT NULL DEFAULT '';
