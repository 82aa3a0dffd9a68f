import Link from "next/link";
import { KIND_LABEL } from "@/components/deck-question-list";
import type { FactAnalysis } from "@/lib/data/analytics";
import { MIN_ANSWERS_FOR_DISTRACTOR_FLAG } from "@/lib/classes/item-analysis";

const percent = (share: number | null) => (share === null ? "—" : `${Math.round(share * 100)}%`);

function ShareBar({ share }: { share: number | null }) {
  const value = share === null ? 0 : Math.round(share * 100);
  const tone = value >= 80 ? "bg-success" : value >= 50 ? "bg-primary" : "bg-danger";
  return (
    <span aria-hidden className="inline-block h-2 w-24 overflow-hidden rounded bg-muted align-middle">
      <span className={`block h-full ${tone}`} style={{ width: `${value}%` }} />
    </span>
  );
}

/** Facts the class got wrong most often first; under each, its items and, for multiple choice, the options chosen. */
export function ItemAnalysisView({ facts, editHref }: { facts: FactAnalysis[]; editHref: string | null }) {
  if (facts.length === 0) return <p className="text-sm text-muted-fg">No quiz answers yet. The analysis fills in as students take the quiz.</p>;
  return (
    <div className="space-y-2">
    <ol className="space-y-3">
      {facts.map((fact) => (
        <li key={fact.factId} className="rounded-lg border border-border bg-card p-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <p className="font-medium">{fact.statement}</p>
            <p className="text-sm whitespace-nowrap">
              <ShareBar share={fact.shareRight} /> <span className="font-semibold tabular-nums">{percent(fact.shareRight)}</span> right ({fact.correct}/{fact.answered})
            </p>
          </div>
          <ul className="mt-3 space-y-3">
            {fact.items.map((item) => {
              const misconception = item.options.find((o) => o.majorityWrong);
              return (
                <li key={item.itemId} className="border-l-2 border-border pl-3 text-sm">
                  <p>
                    <span className="rounded bg-muted px-1.5 py-0.5 text-xs uppercase text-muted-fg">{KIND_LABEL[item.kind] ?? item.kind}</span> {item.prompt}
                  </p>
                  <p className="text-muted-fg">
                    Answer: <span className="text-fg">{item.answer}</span> · {percent(item.shareRight)} right ({item.correct}/{item.answered})
                  </p>
                  {item.options.length > 0 && (
                    <table className="mt-1 text-sm">
                      <caption className="sr-only">How often each option was chosen</caption>
                      <thead className="text-xs text-muted-fg">
                        <tr>
                          <th scope="col" className="pr-3 text-left font-normal">Option</th>
                          <th scope="col" className="pr-3 text-right font-normal">Chosen</th>
                          <th scope="col">
                            <span className="sr-only">Flag</span>
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        {item.options.map((o) => (
                          <tr key={o.option}>
                            <th scope="row" className={`pr-3 text-left font-normal ${o.correct ? "text-success" : ""}`}>
                              {o.option}
                              {o.correct && " (correct)"}
                            </th>
                            <td className="pr-3 text-right tabular-nums">{o.count}</td>
                            <td className="text-xs">
                              {o.neverPicked && <span className="text-muted-fg">never picked: a weak distractor</span>}
                              {o.majorityWrong && <span className="font-medium text-danger">chosen by most students</span>}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                  {misconception && (
                    <p role="note" className="mt-1 rounded border border-danger/40 bg-danger/10 px-2 py-1 text-danger">
                      Most students chose “{misconception.option}”: a shared misconception, or a flawed question.{" "}
                      {editHref && (
                        <Link href={editHref} className="font-medium underline">
                          Edit the deck
                        </Link>
                      )}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ol>
    <p className="text-xs text-muted-fg">Options are flagged (never picked, chosen by most students) once a question has at least {MIN_ANSWERS_FOR_DISTRACTOR_FLAG} answers.</p>
    </div>
  );
}
