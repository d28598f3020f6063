export type ExportLinksProps = {
  /** The export route's path without its query: /api/publications/<id>/export or /api/initiatives/<id>/export. */
  exportPath: string;
  /** `share=<token>` for a share-link reader, appended to the export URLs. */
  share?: string;
};

/** "Download Markdown" and "PDF" for a document. Placeholder until the export work lands. */
export function ExportLinks(_props: ExportLinksProps) {
  return null;
}
