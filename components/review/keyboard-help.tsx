"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";

const KEYS = [
  ["Space or Enter", "Show the answer"],
  ["1", "Again: I forgot"],
  ["2", "Hard: I remembered with effort"],
  ["3", "Good: I remembered"],
  ["4", "Easy: I knew it at once"],
  ["Z", "Undo the last rating"],
  ["?", "Show or hide this help"],
];

/** element.close() queues its "close" event; if "?" reopened the dialog before it arrived, that stale event must not shut it again. */
function onlyIfStillClosed(onClose: () => void) {
  return (event: React.SyntheticEvent<HTMLDialogElement>) => {
    if (!event.currentTarget.open) onClose();
  };
}

/** With nothing focused before it opened, a closed dialog keeps focus on its hidden Close button, where Space would do nothing. */
function releaseFocus(element: HTMLDialogElement) {
  if (document.activeElement instanceof HTMLElement && element.contains(document.activeElement)) document.activeElement.blur();
}

export function KeyboardHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) {
      releaseFocus(element);
      element.close();
    }
  }, [open]);
  return (
    <dialog
      ref={dialog}
      onClose={onlyIfStillClosed(onClose)}
      // Escape closes the dialog at once but its "close" event comes later: say so now, or a "?" in between would toggle a stale state.
      onCancel={(event) => {
        releaseFocus(event.currentTarget);
        onClose();
      }}
      aria-labelledby="keys-title" className="m-auto rounded-lg border border-border bg-card p-5 text-fg backdrop:bg-black/40">
      <h2 id="keys-title" className="mb-3 text-lg font-semibold">
        Keyboard shortcuts
      </h2>
      <table className="text-sm">
        <tbody>
          {KEYS.map(([key, action]) => (
            <tr key={key}>
              <th scope="row" className="py-1 pr-4 text-left">
                <kbd className="rounded border border-border px-1.5 py-0.5">{key}</kbd>
              </th>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Button className="mt-4" onClick={onClose}>
        Close
      </Button>
    </dialog>
  );
}
