import { NotFoundMessage } from "@/components/not-found-message";

export default function MissingNotFound() {
  return <NotFoundMessage />;
}
