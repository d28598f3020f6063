-- How many of its stage's checks a section's stored document passes, kept
-- beside the document so lists show progress without reading documents.
-- Rows from before this migration read 0 of 0 ("not checked yet") until the
-- document is next stored.
ALTER TABLE "Section" ADD COLUMN "checksPassed" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "checksTotal" INTEGER NOT NULL DEFAULT 0;
