/**
 * Why a user reports a posting to the platform's moderators:
 * - fraud: a fake employer, fees asked of applicants, a job that does not exist;
 * - misleading-visa: it promises sponsorship or a status the work cannot lead to;
 * - unlawful-terms: pay below the legal minimum, or conditions the law forbids;
 * - discrimination: it excludes people by nationality, sex, age or the like beyond what the law allows;
 * - other.
 */
export const REPORT_REASONS = ['fraud', 'misleading-visa', 'unlawful-terms', 'discrimination', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/** How a moderator closed a report: the posting was taken down, or the report was found unfounded. */
export const REPORT_RESOLUTIONS = ['taken-down', 'dismissed'] as const;
export type ReportResolution = (typeof REPORT_RESOLUTIONS)[number];
