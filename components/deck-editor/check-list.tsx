import type { CheckResult } from "@/lib/quizgen/types";

const NAME: Record<string, string> = {};
const label = (check: CheckResult) => check.detail ?? NAME[check.name] ?? check.name.replace(/[_-]+/g, " ");

/** The generator's (or the re-check's) results: warnings shown, passes folded away. */
export function CheckList({ checks, itemLabel }: { checks: CheckResult[]; itemLabel: string }) {
  const warnings = checks.filter((check) => !check.passed);
  const passed = checks.filter((check) => check.passed);
  return (
    <div className="mt-2 space-y-1 text-sm">
      {warnings.length > 0 && (
        <ul aria-label={`Warnings for ${itemLabel}`} className="space-y-1">
          {warnings.map((check) => (
            <li key={check.name} className="rounded border border-amber-500/50 bg-amber-50 px-2 py-1 text-amber-900 dark:bg-amber-950 dark:text-amber-100">
              ⚠ {label(check)}
            </li>
          ))}
        </ul>
      )}
      {passed.length > 0 && (
        <details>
          <summary className="cursor-pointer text-muted-fg">
            {passed.length} check{passed.length === 1 ? "" : "s"} passed
          </summary>
          <ul className="mt-1 list-disc pl-5 text-muted-fg">
            {passed.map((check) => (
              <li key={check.name}>{label(check)}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
