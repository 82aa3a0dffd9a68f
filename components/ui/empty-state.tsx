import type { ReactNode } from "react";

export type EmptyStateProps = { title: string; children: ReactNode; action?: ReactNode };

export function EmptyState({ title, children, action }: EmptyStateProps) {
  return (
    <div className="rounded-lg border border-dashed border-border p-6 text-center">
      <p className="font-medium">{title}</p>
      <div className="mt-1 text-sm text-muted-fg">{children}</div>
      {action && <div className="mt-4">{action}</div>}
    </div>
  );
}
