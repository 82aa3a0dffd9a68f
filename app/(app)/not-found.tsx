import { NotFoundMessage } from "@/components/not-found-message";

/** notFound() inside the app: (app)/layout.tsx already draws the header and navigation. */
export default function AppNotFound() {
  return <NotFoundMessage />;
}
