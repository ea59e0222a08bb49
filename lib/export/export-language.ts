/** The languages an export can be headed in (`lang=` of the export endpoints and `/api/compare`). */
export const EXPORT_LANGUAGES = ['en', 'ja'] as const;
export type ExportLanguage = (typeof EXPORT_LANGUAGES)[number];
