-- Issue 10: version history, full-text search, archiving.

-- CreateEnum
CREATE TYPE "VersionKind" AS ENUM ('AUTO', 'REVIEW', 'COMPLETE', 'NAMED', 'BEFORE_RESTORE', 'RESTORED');

-- An archived initiative is hidden from the default list and read-only until restored.
ALTER TABLE "Initiative" ADD COLUMN "archivedAt" TIMESTAMP(3);

-- Search vectors are generated columns: PostgreSQL recomputes them in the very
-- statement that writes their source, so search never lags what is stored and
-- no application code can forget to update them. Weights rank a title (A)
-- above the customer answers (B), comments (C) and body text (D).
ALTER TABLE "Initiative" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, "title"), 'A') ||
  setweight(to_tsvector('english'::regconfig,
    "customer" || ' ' || "customerProblem" || ' ' || "customerBenefit" || ' ' ||
    "customerEvidence" || ' ' || "customerExperience"), 'B')
) STORED;

ALTER TABLE "Section" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, "text"), 'D')
) STORED;

ALTER TABLE "Comment" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, "body"), 'C')
) STORED;

-- A publication's text is only in its snapshot (lib/publication.ts): the
-- customer answers' strings and every "text" leaf of the stages' editor JSON.
-- Adding a generated column rewrites the table without firing the
-- immutability trigger, so existing publications become searchable too.
ALTER TABLE "Publication" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, "title"), 'A') ||
  setweight(jsonb_to_tsvector('english'::regconfig, COALESCE("snapshot" -> 'customer', '{}'::jsonb), '["string"]'), 'B') ||
  setweight(to_tsvector('english'::regconfig, jsonb_path_query_array("snapshot", 'strict $.stages.**.text')), 'D')
) STORED;

-- CreateTable
CREATE TABLE "SectionVersion" (
    "id" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "kind" "VersionKind" NOT NULL,
    "name" TEXT NOT NULL DEFAULT '',
    "ydoc" BYTEA NOT NULL,
    "content" JSONB NOT NULL,
    "text" TEXT NOT NULL DEFAULT '',
    "wordCount" INTEGER NOT NULL DEFAULT 0,
    "authorIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdById" TEXT,
    "restoredFromId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SectionVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SectionVersion_sectionId_createdAt_idx" ON "SectionVersion"("sectionId", "createdAt");

-- CreateIndex
CREATE INDEX "Initiative_searchVector_idx" ON "Initiative" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Section_searchVector_idx" ON "Section" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Comment_searchVector_idx" ON "Comment" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Publication_searchVector_idx" ON "Publication" USING GIN ("searchVector");

-- AddForeignKey
ALTER TABLE "SectionVersion" ADD CONSTRAINT "SectionVersion_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SectionVersion" ADD CONSTRAINT "SectionVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
