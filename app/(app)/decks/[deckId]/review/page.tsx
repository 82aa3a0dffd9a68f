import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReviewSession } from "@/components/review/review-session";
import { requireUser } from "@/lib/auth";
import { getReviewSession } from "@/lib/data/reviews-queue";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { idSchema } from "@/lib/validations/ids";

export const metadata: Metadata = { title: "Study flashcards" };
export const dynamic = "force-dynamic";

type DeckReviewPageProps = { params: Promise<{ deckId: string }> };

export default async function DeckReviewPage({ params }: DeckReviewPageProps) {
  const { deckId } = await params;
  const user = await requireUser(`/decks/${encodeURIComponent(deckId)}/review`);
  if (!idSchema.safeParse(deckId).success) notFound();
  try {
    const session = await getReviewSession(db, { userId: user.id, deckId, now: new Date() });
    return <ReviewSession initial={session} deckId={deckId} />;
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
