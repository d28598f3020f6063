-- Stage review (issue 8): a Review per reviewer per round, the section's
-- current round (a request or a reopen starts the next, so earlier approvals
-- never count again), and the workspace's approval requirement (0, 1 or 2;
-- existing workspaces get the default, one approval). Generated with
-- `prisma migrate diff` from the previous schema (no shadow database under
-- the WebAssembly engine, see README); the CHECK is added by hand, since
-- Prisma's schema cannot say it.

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('PENDING', 'APPROVED', 'CHANGES_REQUESTED');

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "requiredApprovals" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Section" ADD COLUMN     "reviewRound" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "round" INTEGER NOT NULL,
    "status" "ReviewStatus" NOT NULL DEFAULT 'PENDING',
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Review_reviewerId_createdAt_idx" ON "Review"("reviewerId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Review_sectionId_round_reviewerId_key" ON "Review"("sectionId", "round", "reviewerId");

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The app offers 0, 1 or 2; the database refuses anything else whatever writes it.
ALTER TABLE "Workspace" ADD CONSTRAINT "Workspace_requiredApprovals_range" CHECK ("requiredApprovals" BETWEEN 0 AND 2);
