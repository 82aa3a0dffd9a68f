"use client";

import { ClassForm } from "@/components/classes/class-form";
import { Card } from "@/components/ui/card";
import { createClassAction } from "../actions";

export function NewClassPageClient() {
  return (
    <div className="max-w-lg space-y-4">
      <h1 className="text-2xl font-semibold">New class</h1>
      <Card>
        <ClassForm action={createClassAction} submitLabel="Create class" />
      </Card>
      <p className="text-sm text-muted-fg">The class gets a join code and a join link that you can share with your students.</p>
    </div>
  );
}
