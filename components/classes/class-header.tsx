import Link from "next/link";
import type { ReactNode } from "react";

/** Breadcrumb back to Classes, the class name with its section, and a line of detail. */
export function ClassHeader({ name, section, children }: { name: string; section: string | null; children: ReactNode }) {
  return (
    <div>
      <p className="text-sm">
        <Link href="/classes" className="text-muted-fg hover:underline">
          Classes
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">
        {name}
        {section && <span className="font-normal text-muted-fg"> · {section}</span>}
      </h1>
      <p className="text-sm text-muted-fg">{children}</p>
    </div>
  );
}
