/** @jest-environment node */
import { answerQuestion, findUnfinishedAttempt, getQuizOptions, getQuizPlayer, overrideAnswer, retryMissed, startQuiz } from "@/lib/data/quiz";
import { getAttemptResults, listQuizHistory } from "@/lib/data/quiz-results";
import type { QuizResponse } from "@/lib/grading/grade-response";
import { seed } from "@/prisma/seed";
import { createTestDb, type TestDb } from "../../helpers/test-db";

let testDb: TestDb;
let alice: string, bob: string, demoDeck: string, privateDeck: string;
const now = new Date("2026-03-01T10:00:00Z");

type StoredItem = { id: string; kind: string; answer: string; payload: string; factId: string };
let items: Map<string, StoredItem>;

beforeAll(async () => {
  testDb = await createTestDb();
  const { db } = testDb;
  demoDeck = (await seed(db, { demoAccounts: false, now })).deckId;
  const user = (email: string) => db.user.create({ data: { email, sessionsValidAfter: now } });
  [alice, bob] = (await Promise.all([user("alice@example.com"), user("bob@example.com")])).map((u) => u.id) as [string, string];
  privateDeck = (await db.deck.create({ data: { ownerId: alice, title: "Alice's notes" } })).id;
  items = new Map((await db.item.findMany({ where: { deckId: demoDeck } })).map((item) => [item.id, item]));
}, 60_000);
afterAll(() => testDb.cleanup());
// whole quizzes answered one by one: slower on a loaded machine and on PostgreSQL
jest.setTimeout(30_000);

function rightResponse(item: StoredItem): QuizResponse {
  const payload = JSON.parse(item.payload);
  switch (item.kind) {
    case "mcq":
      return { type: "choice", option: item.answer };
    case "true_false":
      return { type: "truth", value: payload.truth };
    case "matching":
      return { type: "pairs", pairs: payload.pairs };
    case "ordering":
      return { type: "sequence", sequence: payload.sequence };
    default:
      return { type: "text", text: item.answer.toUpperCase() };
  }
}

function wrongResponse(item: StoredItem): QuizResponse {
  const payload = JSON.parse(item.payload);
  switch (item.kind) {
    case "mcq":
      return { type: "choice", option: payload.options.find((option: string) => option !== item.answer) };
    case "true_false":
      return { type: "truth", value: !payload.truth };
    case "matching":
      return { type: "pairs", pairs: payload.pairs.map((pair: { left: string }, index: number) => ({ left: pair.left, right: payload.pairs[(index + 1) % payload.pairs.length].right })) };
    case "ordering":
      return { type: "sequence", sequence: [...payload.sequence].reverse() };
    default:
      return { type: "text", text: "Atlantis" };
  }
}

const start = (userId: string, options: Partial<Parameters<typeof startQuiz>[1]> = {}) =>
  startQuiz(testDb.db, { userId, deckId: demoDeck, length: 10, kinds: [], seed: 7, now, ...options });
const answer = (userId: string, attemptId: string, itemId: string, response: QuizResponse) =>
  answerQuestion(testDb.db, { userId, attemptId, itemId, response, timeMs: 1200, now });

describe("starting a quiz", () => {
  test("draws ten items from ten different facts and stores seed and order on the attempt", async () => {
    const { attemptId } = await start(alice);
    const attempt = await testDb.db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    const ids: string[] = JSON.parse(attempt.itemIds);
    expect(ids).toHaveLength(10);
    expect(attempt.seed).toBe(7);
    expect(new Set(ids.map((id) => items.get(id)!.factId)).size).toBe(10);
  });

  test("a reload shows the same questions in the same order with the same option order", async () => {
    const { attemptId } = await start(alice, { seed: 99 });
    const first = await getQuizPlayer(testDb.db, { userId: alice, attemptId });
    const second = await getQuizPlayer(testDb.db, { userId: alice, attemptId });
    expect(second.questions).toEqual(first.questions);
  });

  test("two attempts with different seeds ask in a different order", async () => {
    const a = await getQuizPlayer(testDb.db, { userId: alice, attemptId: (await start(alice, { seed: 1 })).attemptId });
    const b = await getQuizPlayer(testDb.db, { userId: alice, attemptId: (await start(alice, { seed: 2 })).attemptId });
    expect(a.questions.map((q) => q.itemId)).not.toEqual(b.questions.map((q) => q.itemId));
  });

  test("'all' on a small deck asks every live item, more than one per fact", async () => {
    const { attemptId } = await start(alice, { length: "all" });
    const player = await getQuizPlayer(testDb.db, { userId: alice, attemptId });
    expect(player.questions).toHaveLength(items.size);
  });

  test("only the chosen kinds are drawn", async () => {
    const { attemptId } = await start(alice, { kinds: ["true_false", "matching"], length: 20 });
    const player = await getQuizPlayer(testDb.db, { userId: alice, attemptId });
    expect(player.questions.length).toBeGreaterThan(0);
    expect(new Set(player.questions.map((q) => q.kind))).toEqual(new Set(["true_false", "matching"]));
  });

  test("discarded items are never drawn", async () => {
    const discarded = [...items.values()].filter((item) => item.kind === "mcq").map((item) => item.id);
    await testDb.db.item.updateMany({ where: { id: { in: discarded } }, data: { status: "DISCARDED" } });
    const { attemptId } = await start(alice, { length: "all" });
    const player = await getQuizPlayer(testDb.db, { userId: alice, attemptId });
    expect(player.questions.some((q) => discarded.includes(q.itemId))).toBe(false);
    expect((await getQuizOptions(testDb.db, { userId: alice, deckId: demoDeck })).kindCounts.mcq).toBeUndefined();
    await testDb.db.item.updateMany({ where: { id: { in: discarded } }, data: { status: "ACCEPTED" } });
  });

  test("asking for a kind the deck lacks is a clear conflict", async () => {
    await testDb.db.item.updateMany({ where: { deckId: demoDeck, kind: "ordering" }, data: { status: "DISCARDED" } });
    await expect(start(alice, { kinds: ["ordering"] })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/no questions of the kinds/) });
    await testDb.db.item.updateMany({ where: { deckId: demoDeck, kind: "ordering" }, data: { status: "ACCEPTED" } });
  });

  test("another user's private deck cannot be quizzed", async () => {
    await expect(startQuiz(testDb.db, { userId: bob, deckId: privateDeck, length: 10, kinds: [], seed: 1, now })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  test("an assignment the user is not enrolled in is refused", async () => {
    const classroom = await testDb.db.classroom.create({ data: { teacherId: alice, name: "Alice's class", joinCode: "ALICE-1" } });
    const assignment = await testDb.db.assignment.create({ data: { classroomId: classroom.id, deckId: demoDeck } });
    await expect(start(bob, { assignmentId: assignment.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("what the browser receives", () => {
  test("questions carry no answer, truth, key or correct order", async () => {
    const { attemptId } = await start(alice, { length: "all" });
    const player = await getQuizPlayer(testDb.db, { userId: alice, attemptId });
    for (const question of player.questions) {
      expect(Object.keys(question).sort()).toEqual(expect.arrayContaining(["itemId", "kind", "prompt"]));
      expect(question).not.toHaveProperty("answer");
      expect(question).not.toHaveProperty("truth");
      expect(question).not.toHaveProperty("pairs");
      expect(question).not.toHaveProperty("sequence");
      expect(question).not.toHaveProperty("alternatives");
      const stored = items.get(question.itemId)!;
      if (question.kind === "ordering") expect(question.steps).not.toEqual(JSON.parse(stored.payload).sequence);
      if (question.kind === "cloze" || question.kind === "short_answer") expect(JSON.stringify(question)).not.toContain(`"${stored.answer}"`);
    }
    expect(player.feedback).toEqual({});
  });
});

describe("grading on the server", () => {
  test("every kind is graded right for the right answer and wrong for a wrong one", async () => {
    const right = await start(alice, { length: "all", seed: 11 });
    const wrong = await start(alice, { length: "all", seed: 12 });
    const ids: string[] = JSON.parse((await testDb.db.quizAttempt.findUniqueOrThrow({ where: { id: right.attemptId } })).itemIds);
    for (const id of ids) {
      const item = items.get(id)!;
      expect(await answer(alice, right.attemptId, id, rightResponse(item))).toMatchObject({ correct: true, correctAnswer: item.answer });
      expect(await answer(alice, wrong.attemptId, id, wrongResponse(item))).toMatchObject({ correct: false, correctAnswer: item.answer });
    }
    const results = await getAttemptResults(testDb.db, { userId: alice, attemptId: right.attemptId });
    expect(results).toMatchObject({ correct: ids.length, total: ids.length, missed: 0, finishedAt: now });
  });

  test("feedback quotes the source sentence with the answer highlighted and its place in the article", async () => {
    const item = [...items.values()].find((candidate) => candidate.kind === "short_answer" && candidate.answer.includes(" "))!;
    const fact = await testDb.db.fact.findUniqueOrThrow({ where: { id: item.factId } });
    const { attemptId } = await startQuiz(testDb.db, { userId: alice, deckId: demoDeck, length: "all", kinds: ["short_answer"], seed: 3, now });
    const feedback = await answer(alice, attemptId, item.id, { type: "text", text: ` ${item.answer.toLowerCase()}. ` });
    expect(feedback.correct).toBe(true);
    expect(feedback.sentence).toBe(fact.sourceSentence);
    expect(feedback.sentence.slice(...feedback.highlight!)).toBe(item.answer);
    expect(feedback.sentenceStart).toBe(fact.spanStart);
  });

  test("matching and ordering feedback, fresh and on reload, marks each pair or position right or wrong", async () => {
    const { attemptId } = await start(alice, { kinds: ["matching", "ordering"], length: "all", seed: 5 });
    const player = await getQuizPlayer(testDb.db, { userId: alice, attemptId });
    expect(player.questions.length).toBeGreaterThan(0);
    for (const question of player.questions) {
      const item = items.get(question.itemId)!;
      const payload = JSON.parse(item.payload);
      const feedback = await answer(alice, attemptId, item.id, wrongResponse(item));
      const key: string[] = item.kind === "matching" ? payload.pairs.map((pair: { right: string }) => pair.right) : payload.sequence;
      expect(feedback.parts).toMatchObject({ of: item.kind === "matching" ? "pairs" : "positions" });
      expect(feedback.parts!.parts.map((part) => part.expected)).toEqual(key);
      expect(feedback.parts!.parts.some((part) => !part.correct)).toBe(true);
    }
    const reloaded = await getQuizPlayer(testDb.db, { userId: alice, attemptId });
    for (const question of player.questions) expect(reloaded.feedback[question.itemId]!.parts!.parts.length).toBeGreaterThan(1);
  });

  test("a multiple-choice answer stores the chosen option for item analysis", async () => {
    const item = [...items.values()].find((candidate) => candidate.kind === "mcq")!;
    const { attemptId } = await start(alice, { kinds: ["mcq"] });
    const response = wrongResponse(item) as { type: "choice"; option: string };
    await answer(alice, attemptId, item.id, response);
    const stored = await testDb.db.quizAnswer.findFirstOrThrow({ where: { attemptId, itemId: item.id } });
    expect(stored).toMatchObject({ chosenOption: response.option, correct: false, timeMs: 1200 });
  });

  test.each([
    ["an option that is not offered", { type: "choice", option: "Napoleon" }],
    ["a typed answer to a multiple-choice question", { type: "text", text: "Trump" }],
    ["a true/false answer to a multiple-choice question", { type: "truth", value: true }],
  ] as const)("%s is refused as invalid input", async (_label, response) => {
    const item = [...items.values()].find((candidate) => candidate.kind === "mcq")!;
    const { attemptId } = await start(alice, { kinds: ["mcq"] });
    await expect(answer(alice, attemptId, item.id, response)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await testDb.db.quizAnswer.count({ where: { attemptId } })).toBe(0);
  });

  test("a question that is not in the attempt cannot be answered", async () => {
    const { attemptId } = await start(alice, { kinds: ["true_false"] });
    const other = [...items.values()].find((item) => item.kind === "mcq")!;
    await expect(answer(alice, attemptId, other.id, rightResponse(other))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  test("answering the same question twice keeps the first grade", async () => {
    const { attemptId } = await start(alice, { kinds: ["true_false"] });
    const [itemId] = JSON.parse((await testDb.db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).itemIds) as string[];
    const item = items.get(itemId!)!;
    expect((await answer(alice, attemptId, item.id, wrongResponse(item))).correct).toBe(false);
    expect((await answer(alice, attemptId, item.id, rightResponse(item))).correct).toBe(false);
    expect(await testDb.db.quizAnswer.count({ where: { attemptId } })).toBe(1);
    expect((await testDb.db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).correct).toBe(0);
  });
});

describe("resume, override and retry", () => {
  test("an unfinished attempt resumes with its feedback, and finishing it removes it from the unfinished list", async () => {
    const bobDeckAttempt = await start(bob, { seed: 21 });
    const player = await getQuizPlayer(testDb.db, { userId: bob, attemptId: bobDeckAttempt.attemptId });
    const [first, second, ...rest] = player.questions;
    await answer(bob, bobDeckAttempt.attemptId, first!.itemId, rightResponse(items.get(first!.itemId)!));
    await answer(bob, bobDeckAttempt.attemptId, second!.itemId, wrongResponse(items.get(second!.itemId)!));

    const resumed = await getQuizPlayer(testDb.db, { userId: bob, attemptId: bobDeckAttempt.attemptId });
    expect(Object.keys(resumed.feedback).sort()).toEqual([first!.itemId, second!.itemId].sort());
    expect(resumed.questions).toEqual(player.questions);
    expect(await findUnfinishedAttempt(testDb.db, { userId: bob, deckId: demoDeck })).toMatchObject({ attemptId: bobDeckAttempt.attemptId, answered: 2, total: 10 });

    for (const question of rest) await answer(bob, bobDeckAttempt.attemptId, question.itemId, rightResponse(items.get(question.itemId)!));
    expect(await findUnfinishedAttempt(testDb.db, { userId: bob, deckId: demoDeck })).toBeNull();
    expect((await getQuizPlayer(testDb.db, { userId: bob, attemptId: bobDeckAttempt.attemptId })).finishedAt).toEqual(now);
  });

  test("'I was right' counts a wrong typed answer and is recorded for the teacher", async () => {
    const { attemptId } = await start(alice, { kinds: ["short_answer"] });
    const [itemId] = JSON.parse((await testDb.db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).itemIds) as string[];
    const feedback = await answer(alice, attemptId, itemId!, { type: "text", text: "Atlantis" });
    expect(feedback).toMatchObject({ correct: false, canOverride: true });
    expect(await overrideAnswer(testDb.db, { userId: alice, attemptId, itemId: itemId!, now })).toMatchObject({ overridden: true, canOverride: false });
    await overrideAnswer(testDb.db, { userId: alice, attemptId, itemId: itemId!, now });
    expect(await testDb.db.quizAnswer.findFirstOrThrow({ where: { attemptId, itemId } })).toMatchObject({ overridden: true, overriddenAt: now, correct: false });
    expect((await testDb.db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).correct).toBe(1);
  });

  test("only typed answers graded wrong can be overridden", async () => {
    const { attemptId } = await start(alice, { kinds: ["mcq", "short_answer"], length: "all" });
    const ids = JSON.parse((await testDb.db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).itemIds) as string[];
    const mcq = ids.find((id) => items.get(id)!.kind === "mcq")!;
    const typed = ids.find((id) => items.get(id)!.kind === "short_answer")!;
    await answer(alice, attemptId, mcq, wrongResponse(items.get(mcq)!));
    await answer(alice, attemptId, typed, rightResponse(items.get(typed)!));
    await expect(overrideAnswer(testDb.db, { userId: alice, attemptId, itemId: mcq, now })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(overrideAnswer(testDb.db, { userId: alice, attemptId, itemId: typed, now })).rejects.toMatchObject({ code: "CONFLICT" });
    const unanswered = ids.find((id) => id !== mcq && id !== typed)!;
    await expect(overrideAnswer(testDb.db, { userId: alice, attemptId, itemId: unanswered, now })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  test("retrying asks exactly the questions that were missed, in their order", async () => {
    const { attemptId } = await start(alice, { seed: 31 });
    const ids = JSON.parse((await testDb.db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).itemIds) as string[];
    const missed = ids.filter((_, index) => index % 3 === 0);
    for (const id of ids) await answer(alice, attemptId, id, missed.includes(id) ? wrongResponse(items.get(id)!) : rightResponse(items.get(id)!));
    const retry = await retryMissed(testDb.db, { userId: alice, attemptId, seed: 5, now });
    const retried = JSON.parse((await testDb.db.quizAttempt.findUniqueOrThrow({ where: { id: retry.attemptId } })).itemIds);
    expect(retried).toEqual(missed);
  });

  test("a quiz with nothing missed cannot be retried", async () => {
    const { attemptId } = await start(alice, { kinds: ["true_false"], seed: 41 });
    const ids = JSON.parse((await testDb.db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).itemIds) as string[];
    for (const id of ids) await answer(alice, attemptId, id, rightResponse(items.get(id)!));
    await expect(retryMissed(testDb.db, { userId: alice, attemptId, seed: 5, now })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("isolation between users", () => {
  let aliceAttempt: string;
  let aliceItem: string;
  beforeAll(async () => {
    aliceAttempt = (await start(alice, { seed: 51 })).attemptId;
    aliceItem = (JSON.parse((await testDb.db.quizAttempt.findUniqueOrThrow({ where: { id: aliceAttempt } })).itemIds) as string[])[0]!;
    await answer(alice, aliceAttempt, aliceItem, wrongResponse(items.get(aliceItem)!));
  });

  test("another user cannot open, answer, override, retry or read the results of an attempt", async () => {
    const other = { userId: bob, attemptId: aliceAttempt };
    await expect(getQuizPlayer(testDb.db, other)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getAttemptResults(testDb.db, other)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(answer(bob, aliceAttempt, aliceItem, rightResponse(items.get(aliceItem)!))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(overrideAnswer(testDb.db, { ...other, itemId: aliceItem, now })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(retryMissed(testDb.db, { ...other, seed: 1, now })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await testDb.db.quizAnswer.findFirstOrThrow({ where: { attemptId: aliceAttempt, itemId: aliceItem } })).toMatchObject({ correct: false, overridden: false });
  });

  test("another user's attempts never appear in one's history", async () => {
    const history = await listQuizHistory(testDb.db, { userId: bob });
    expect(history.attempts.length).toBeGreaterThan(0);
    const bobsOwn = await testDb.db.quizAttempt.findMany({ where: { userId: bob }, select: { id: true } });
    expect(history.attempts.map((a) => a.attemptId).sort()).toEqual(bobsOwn.map((a) => a.id).sort());
    expect(await findUnfinishedAttempt(testDb.db, { userId: bob, deckId: demoDeck })).toBeNull();
  });
});

describe("history", () => {
  test("lists attempts newest first, unfinished ones to resume, and per-deck best and latest scores", async () => {
    const { db } = testDb;
    const carol = (await db.user.create({ data: { email: "carol@example.com", sessionsValidAfter: now } })).id;
    const scores: number[] = [];
    for (const [day, rightCount] of [[1, 5], [2, 9], [3, 7]] as const) {
      const at = new Date(`2026-04-0${day}T09:00:00Z`);
      const { attemptId } = await startQuiz(db, { userId: carol, deckId: demoDeck, length: 10, kinds: [], seed: day, now: at });
      const ids = JSON.parse((await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).itemIds) as string[];
      for (const [index, id] of ids.entries()) {
        await answerQuestion(db, { userId: carol, attemptId, itemId: id, response: index < rightCount ? rightResponse(items.get(id)!) : wrongResponse(items.get(id)!), timeMs: 1000, now: at });
      }
      scores.push(rightCount * 10);
    }
    const unfinished = await startQuiz(db, { userId: carol, deckId: demoDeck, length: 10, kinds: [], seed: 9, now: new Date("2026-04-04T09:00:00Z") });

    const history = await listQuizHistory(db, { userId: carol });
    expect(history.attempts.map((a) => a.startedAt.toISOString().slice(0, 10))).toEqual(["2026-04-04", "2026-04-03", "2026-04-02", "2026-04-01"]);
    expect(history.unfinished.map((a) => a.attemptId)).toEqual([unfinished.attemptId]);
    expect(history.decks).toHaveLength(1);
    expect(history.decks[0]).toMatchObject({ deckId: demoDeck, best: 90, latest: 70 });
    expect(history.decks[0]!.points.map((p) => p.percent)).toEqual(scores);
  });
});

describe("memory of each fact", () => {
  test("each answer is one QUIZ review of its fact: right is Good, wrong is Again, a repeat never counts twice", async () => {
    const { db } = testDb;
    const dave = (await db.user.create({ data: { email: "dave@example.com", sessionsValidAfter: now } })).id;
    const { attemptId } = await startQuiz(db, { userId: dave, deckId: demoDeck, length: 10, kinds: [], seed: 61, now });
    const [first, second] = JSON.parse((await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).itemIds) as string[];
    await answer(dave, attemptId, first!, rightResponse(items.get(first!)!));
    await answer(dave, attemptId, second!, wrongResponse(items.get(second!)!));
    await answer(dave, attemptId, second!, wrongResponse(items.get(second!)!));

    const logs = await db.reviewLog.findMany({ where: { userId: dave }, orderBy: { rating: "desc" } });
    expect(logs.map((log) => ({ factId: log.factId, itemId: log.itemId, rating: log.rating, source: log.source }))).toEqual([
      { factId: items.get(first!)!.factId, itemId: first, rating: 3, source: "QUIZ" },
      { factId: items.get(second!)!.factId, itemId: second, rating: 1, source: "QUIZ" },
    ]);
    expect(await db.cardState.count({ where: { userId: dave } })).toBe(2);
  });
});

test("the review id of an answer is a stable, valid UUID", async () => {
  const { reviewIdForAnswer } = await import("@/lib/data/quiz-review");
  const { z } = await import("zod");
  expect(reviewIdForAnswer("answer-1")).toBe(reviewIdForAnswer("answer-1"));
  expect(reviewIdForAnswer("answer-1")).not.toBe(reviewIdForAnswer("answer-2"));
  expect(z.uuid().safeParse(reviewIdForAnswer("answer-1")).success).toBe(true);
});

test("a deferred review update runs when the caller runs it, after the answer is stored", async () => {
  const { db } = testDb;
  const erin = (await db.user.create({ data: { email: "erin@example.com", sessionsValidAfter: now } })).id;
  const { attemptId } = await startQuiz(db, { userId: erin, deckId: demoDeck, length: 10, kinds: [], seed: 71, now });
  const [itemId] = JSON.parse((await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).itemIds) as string[];
  const deferred: (() => Promise<void>)[] = [];
  await answerQuestion(db, { userId: erin, attemptId, itemId: itemId!, response: rightResponse(items.get(itemId!)!), timeMs: 900, now, defer: (task) => deferred.push(task) });
  expect(await db.quizAnswer.count({ where: { attemptId } })).toBe(1);
  expect(await db.reviewLog.count({ where: { userId: erin } })).toBe(0);
  await Promise.all(deferred.map((task) => task()));
  expect(await db.reviewLog.findMany({ where: { userId: erin }, select: { rating: true, source: true } })).toEqual([{ rating: 3, source: "QUIZ" }]);
});
