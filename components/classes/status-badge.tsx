import { clsx } from "clsx";
import { STATUS_LABEL, type AssignmentStatus } from "@/lib/classes/status";

const TONE: Record<AssignmentStatus, string> = {
  NOT_STARTED: "border-border text-muted-fg",
  IN_PROGRESS: "border-primary/50 text-primary",
  DONE: "border-success/50 text-success",
  LATE: "border-danger/50 text-danger",
};

export function StatusBadge({ status, completedLate = false }: { status: AssignmentStatus; completedLate?: boolean }) {
  return (
    <span className={clsx("inline-flex items-center whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium", TONE[status])}>
      {STATUS_LABEL[status]}
      {completedLate && " (late)"}
    </span>
  );
}
