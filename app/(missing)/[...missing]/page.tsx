import type { Metadata } from "next";
import { notFound } from "next/navigation";

export const metadata: Metadata = { title: "Page not found" };

/**
 * Every address no other route matches lands here, so its 404 is drawn inside (missing)/layout.tsx
 * with the visitor's header. The root not-found.tsx could draw that header too, but Next.js renders
 * the root not-found into every page's payload, which made every signed-in page render its header
 * twice (docs/performance.md, "Fifth round").
 */
export default function MissingPage(): never {
  notFound();
}
