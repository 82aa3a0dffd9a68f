import type { Metadata } from "next";
import { requireUser } from "@/lib/auth";
import { SettingsPageClient } from "./page-client";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser("/settings");
  return <SettingsPageClient email={user.email} role={user.role} />;
}
