/** Where a student stands on an assignment; the rules that decide it are in lib/data/analytics-status.ts. */
export type AssignmentStatus = "NOT_STARTED" | "IN_PROGRESS" | "DONE" | "LATE";

export const STATUS_LABEL: Record<AssignmentStatus, string> = {
  NOT_STARTED: "Not started",
  IN_PROGRESS: "In progress",
  DONE: "Done",
  LATE: "Late",
};
