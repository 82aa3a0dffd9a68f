"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import type { StudentProgressRow } from "@/lib/data/analytics";
import type { AssignmentStatus } from "@/lib/classes/status";
import { LocalDateTime } from "./local-date-time";
import { StatusBadge } from "./status-badge";

type SortKey = "name" | "status" | "bestScore" | "latestScore" | "attempts" | "reviews" | "factsMastered" | "lastActiveAt";

const STATUS_ORDER: Record<AssignmentStatus, number> = { LATE: 0, NOT_STARTED: 1, IN_PROGRESS: 2, DONE: 3 };

function sortValue(row: StudentProgressRow, key: SortKey): string | number {
  const p = row.progress;
  switch (key) {
    case "name":
      return (row.name ?? row.email).toLowerCase();
    case "status":
      return STATUS_ORDER[p.status] * 2 + (p.completedLate ? 0 : 1);
    case "lastActiveAt":
      return p.lastActiveAt ? new Date(p.lastActiveAt).getTime() : -1;
    case "bestScore":
    case "latestScore":
      return p[key] ?? -1;
    default:
      return p[key];
  }
}

type Column = { key: SortKey; label: string; numeric?: boolean };

export function ProgressTable({ rows, showQuiz, showCards, studentHref }: { rows: StudentProgressRow[]; showQuiz: boolean; showCards: boolean; studentHref: string }) {
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: "status", ascending: true });
  const columns: Column[] = [
    { key: "name", label: "Student" },
    { key: "status", label: "Status" },
    ...(showQuiz
      ? ([
          { key: "bestScore", label: "Best score", numeric: true },
          { key: "latestScore", label: "Latest score", numeric: true },
          { key: "attempts", label: "Attempts", numeric: true },
        ] as Column[])
      : []),
    ...(showCards ? ([{ key: "reviews", label: "Reviews", numeric: true }] as Column[]) : []),
    { key: "factsMastered", label: "Facts mastered", numeric: true },
    { key: "lastActiveAt", label: "Last active" },
  ];
  const sorted = useMemo(() => {
    const copy = [...rows];
    copy.sort((a, b) => {
      const x = sortValue(a, sort.key);
      const y = sortValue(b, sort.key);
      const order = x < y ? -1 : x > y ? 1 : 0;
      return (sort.ascending ? order : -order) || (a.name ?? a.email).localeCompare(b.name ?? b.email);
    });
    return copy;
  }, [rows, sort]);

  if (rows.length === 0) return <p className="text-sm text-muted-fg">No students in the class yet.</p>;

  return (
    <div className="overflow-x-auto rounded-lg border border-border bg-card">
      <table className="w-full text-sm">
        <caption className="sr-only">Progress of each student; select a column heading to sort.</caption>
        <thead className="bg-muted/60 text-left">
          <tr>
            {columns.map((c) => {
              const active = sort.key === c.key;
              return (
                <th key={c.key} scope="col" aria-sort={active ? (sort.ascending ? "ascending" : "descending") : "none"} className={c.numeric ? "text-right" : undefined}>
                  <button
                    type="button"
                    className="inline-flex min-h-10 w-full items-center gap-1 px-3 font-semibold hover:underline"
                    style={{ justifyContent: c.numeric ? "flex-end" : "flex-start" }}
                    onClick={() => setSort({ key: c.key, ascending: active ? !sort.ascending : c.numeric !== true })}
                  >
                    {c.label}
                    <span aria-hidden className="text-muted-fg">
                      {active ? (sort.ascending ? "▲" : "▼") : ""}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {sorted.map((row) => {
            const p = row.progress;
            const late = p.status === "LATE" || p.completedLate;
            return (
              <tr key={row.studentId} className={late ? "bg-danger/5" : undefined}>
                <th scope="row" className="whitespace-nowrap px-3 py-2 text-left font-normal">
                  <Link href={`${studentHref}/${row.studentId}`} className="font-medium text-primary hover:underline">
                    {row.name ?? row.email}
                  </Link>
                </th>
                <td className="px-3 py-2">
                  <StatusBadge status={p.status} completedLate={p.completedLate} />
                </td>
                {showQuiz && (
                  <>
                    <td className="px-3 py-2 text-right tabular-nums">{p.bestScore === null ? "—" : `${p.bestScore}%`}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{p.latestScore === null ? "—" : `${p.latestScore}%`}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{p.attempts}</td>
                  </>
                )}
                {showCards && <td className="px-3 py-2 text-right tabular-nums">{p.reviews}</td>}
                <td className="px-3 py-2 text-right tabular-nums">
                  {p.factsMastered}/{p.factCount}
                </td>
                <td className="px-3 py-2 whitespace-nowrap">{p.lastActiveAt ? <LocalDateTime value={p.lastActiveAt} /> : "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
