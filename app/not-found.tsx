import { NotFoundMessage } from "@/components/not-found-message";
import { SignedOutShell } from "@/components/signed-out-shell";

/**
 * The root boundary: Next.js renders it into every page's payload, so it stays free of session
 * work. Unknown addresses are drawn by app/(missing) with the visitor's own header; notFound()
 * inside the app by app/(app)/not-found.tsx.
 */
export default function NotFound() {
  return (
    <SignedOutShell>
      <NotFoundMessage />
    </SignedOutShell>
  );
}
