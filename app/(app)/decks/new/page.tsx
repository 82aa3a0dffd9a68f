import type { Metadata } from "next";
import { after } from "next/server";
import { requireUser } from "@/lib/auth";
import { warmUpGenerator } from "@/lib/data/deck-create";
import { NewDeckPageClient } from "./page-client";

export const metadata: Metadata = { title: "New deck" };

export default async function NewDeckPage() {
  await requireUser("/decks/new");
  // While the user pastes or uploads, load the generator's models (once per server process).
  after(warmUpGenerator);
  return <NewDeckPageClient today={new Date().toISOString().slice(0, 10)} />;
}
