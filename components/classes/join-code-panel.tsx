"use client";

import { useEffect, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import type { ClassActionState } from "@/lib/data/classes-actions";

type JoinCodePanelProps = {
  joinCode: string;
  enabled: boolean;
  regenerate: () => Promise<ClassActionState>;
  setEnabled: (enabled: boolean) => Promise<ClassActionState>;
};

export function JoinCodePanel({ joinCode, enabled, regenerate, setEnabled }: JoinCodePanelProps) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ClassActionState>({});
  const [copied, setCopied] = useState(false);
  // The origin is only known in the browser; rendering it on the server too would break hydration.
  const [origin, setOrigin] = useState("");
  useEffect(() => setOrigin(window.location.origin), []);
  const link = `${origin}/join/${joinCode}`;

  const run = (action: () => Promise<ClassActionState>) => startTransition(async () => setResult(await action()));

  return (
    <div className="space-y-3">
      <FormAlert message={result.ok === false ? result.message : null} />
      <p role="status" className="text-sm text-muted-fg empty:hidden">
        {result.ok ? result.message : null}
      </p>
      {enabled ? (
        <>
          <p>
            <span className="text-sm text-muted-fg">Join code</span>
            <br />
            <span className="font-mono text-3xl font-semibold tracking-widest" data-testid="join-code">
              {joinCode}
            </span>
          </p>
          <p className="break-all text-sm">
            Join link: <span className="font-mono">{link}</span>
          </p>
        </>
      ) : (
        <p className="text-sm">Joining is off: the code and the link do not work. Students already in the class stay.</p>
      )}
      <div className="flex flex-wrap gap-2">
        {enabled && (
          <Button
            variant="secondary"
            onClick={() => void navigator.clipboard?.writeText(link).then(() => setCopied(true))}
            aria-live="polite"
          >
            {copied ? "Link copied" : "Copy join link"}
          </Button>
        )}
        <Button
          variant="secondary"
          disabled={pending}
          onClick={() => {
            if (window.confirm("Make a new code? The current code and link will stop working.")) run(regenerate);
          }}
        >
          New code
        </Button>
        <Button variant="secondary" disabled={pending} onClick={() => run(() => setEnabled(!enabled))}>
          {enabled ? "Turn joining off" : "Turn joining on"}
        </Button>
      </div>
    </div>
  );
}
