import type { Metadata } from "next";
import { requireUser } from "@/lib/auth";
import { NewDeckPageClient } from "./page-client";

export const metadata: Metadata = { title: "New deck" };

export default async function NewDeckPage() {
  await requireUser("/decks/new");
  return <NewDeckPageClient today={new Date().toISOString().slice(0, 10)} />;
}
