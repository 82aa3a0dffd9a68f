import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";

export function NotFoundMessage() {
  return (
    <section className="flex max-w-md flex-col items-start gap-4 py-10">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="text-muted-fg">This page does not exist, or it is not shared with you.</p>
      <Link href="/" className={buttonClasses("secondary")}>
        Go home
      </Link>
    </section>
  );
}
