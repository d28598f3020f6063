-- The plain-text body becomes the document's text. Sections written before the
-- editor existed have text but no Yjs state, and the collab server builds their
-- document from that text the first time it opens them: nothing is lost.
ALTER TABLE "Section" RENAME COLUMN "body" TO "text";
ALTER TABLE "Section"
ADD COLUMN     "content" JSONB,
ADD COLUMN     "savedAt" TIMESTAMP(3),
ADD COLUMN     "wordCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "ydoc" BYTEA;

-- CreateTable
CREATE TABLE "Asset" (
    "id" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Asset_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Asset_sectionId_idx" ON "Asset"("sectionId");

-- AddForeignKey
ALTER TABLE "Asset" ADD CONSTRAINT "Asset_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Asset" ADD CONSTRAINT "Asset_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
