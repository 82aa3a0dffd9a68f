import { buttonClasses } from "@/components/ui/button";

/** Plain links, no client code: the root not-found draws it, and whatever it imports loads on every page. */
export function NotFoundMessage() {
  return (
    <section className="flex max-w-md flex-col items-start gap-4 py-10">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="text-muted-fg">This page does not exist, or it is not shared with you.</p>
      <a href="/" className={buttonClasses("secondary")}>
        Go home
      </a>
    </section>
  );
}
