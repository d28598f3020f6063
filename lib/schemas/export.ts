import { z } from "@/lib/schemas/zod";

/** The formats a document downloads in. */
export const EXPORT_FORMATS = ["markdown", "pdf"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** An export's query string: `?format=markdown|pdf`. */
export const ZExportSchema = z.object({
  format: z.enum(EXPORT_FORMATS, { error: "Choose markdown or pdf" }),
});
export type TExport = z.infer<typeof ZExportSchema>;
