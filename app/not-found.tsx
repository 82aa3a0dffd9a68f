import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";

export default function NotFound() {
  return (
    <section className="mx-auto flex max-w-md flex-col items-start gap-4 px-4 py-16">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="text-muted-fg">This page does not exist, or it is not shared with you.</p>
      <Link href="/" className={buttonClasses("secondary")}>
        Go home
      </Link>
    </section>
  );
}
