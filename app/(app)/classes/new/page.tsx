import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { NewClassPageClient } from "./page-client";

export const metadata: Metadata = { title: "New class" };

export default async function NewClassPage() {
  const user = await requireUser("/classes/new");
  if (user.role !== "TEACHER" && user.role !== "ADMIN") redirect("/classes");
  return <NewClassPageClient />;
}
