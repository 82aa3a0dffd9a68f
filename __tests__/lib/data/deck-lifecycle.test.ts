/** @jest-environment node */
import fs from "node:fs";
import path from "node:path";
import { createDeckFromArticle, updateArticleAndRegenerate } from "@/lib/data/deck-create";
import {
  acceptTopItems,
  addManualItem,
  changeItemStatus,
  discardItemsOfKind,
  editItem,
  getDeckEditor,
  setItemsStatus,
} from "@/lib/data/deck-editor";
import { copyDeck, deckDeletionSummary, deleteDeck, setDeckVisibility } from "@/lib/data/deck-owner";
import { getDeckOverview } from "@/lib/data/deck-overview";
import { listDecksForUser } from "@/lib/data/decks";
import { articleFromUpload } from "@/lib/ingest/upload";
import { createTestDb, type TestDb } from "../../helpers/test-db";

const [seedTitle = "", ...seedBody] = fs.readFileSync(path.join(process.cwd(), "prisma/seed-data/budapest-summit.txt"), "utf8").split("\n");
const SEED = { title: seedTitle.trim(), text: seedBody.join("\n").trim(), publishedAt: "2025-10-17" };

let testDb: TestDb;
let owner: string, other: string, student: string;

beforeAll(async () => {
  testDb = await createTestDb();
  const user = async (email: string, role = "STUDENT") => (await testDb.db.user.create({ data: { email, role, sessionsValidAfter: new Date() } })).id;
  [owner, other, student] = [await user("owner@example.com", "TEACHER"), await user("other@example.com"), await user("student@example.com")];
});
afterAll(() => testDb.cleanup());

describe("creating a deck", () => {
  test("a pasted article becomes a deck with facts and ranked items, stored with its publication date", async () => {
    const result = await createDeckFromArticle(testDb.db, { userId: owner, article: SEED });
    expect(result.facts).toBeGreaterThan(5);
    expect(result.items).toBeGreaterThan(10);
    const editor = await getDeckEditor(testDb.db, { userId: owner, deckId: result.deckId });
    expect(editor.article).toEqual({ title: SEED.title, text: SEED.text, publishedAt: "2025-10-17" });
    expect(editor.items.every((item) => item.status === "GENERATED")).toBe(true);
    // Every fact's span points into its sentence in the stored text: the editor highlights by it.
    for (const fact of editor.facts) {
      expect(fact.spanEnd).toBeGreaterThan(fact.spanStart);
      expect(fact.sourceSentence).toContain(SEED.text.slice(fact.spanStart, fact.spanEnd));
    }
  });

  test.each([
    { name: "seed.txt", content: `${SEED.title}\n${SEED.text}` },
    { name: "seed.md", content: `# ${SEED.title}\n\n${SEED.text}` },
    { name: "seed.html", content: `<html><head><title>x</title></head><body><nav>Home | World</nav><article><h1>${SEED.title}</h1>${SEED.text.split("\n").map((p) => `<p>${p}</p>`).join("")}</article></body></html>` },
  ])("an uploaded $name becomes a deck with the same title and items", async ({ name, content }) => {
    const imported = articleFromUpload({ name, bytes: new TextEncoder().encode(content) });
    expect(imported.title).toBe(SEED.title);
    const result = await createDeckFromArticle(testDb.db, { userId: owner, article: { title: imported.title, text: imported.text, publishedAt: "2025-10-17" } });
    expect(result.items).toBeGreaterThan(10);
  });

  test("text with no sentences fails with what to change", async () => {
    await expect(createDeckFromArticle(testDb.db, { userId: owner, article: { title: "x", text: "   ", publishedAt: "2025-01-01" } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
  });

  test("entities from the user's other decks reach the editor's candidate pool", async () => {
    const rivers = await createDeckFromArticle(testDb.db, {
      userId: owner,
      article: { title: "Rivers", text: "Angela Merkel visited Vienna on Monday. She met Karl Nehammer in Vienna to discuss the Danube.", publishedAt: "2025-01-01" },
    });
    const deck = await createDeckFromArticle(testDb.db, { userId: owner, article: SEED });
    const names = (await getDeckEditor(testDb.db, { userId: owner, deckId: deck.deckId })).candidates.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(["Vladimir Putin", "Vienna"]));
    await deleteDeck(testDb.db, { userId: owner, deckId: rivers.deckId });
  });
});

describe("the editor", () => {
  let deckId: string;
  beforeEach(async () => {
    deckId = (await createDeckFromArticle(testDb.db, { userId: owner, article: SEED })).deckId;
  });

  test("an edit is saved as EDITED and re-checked: an answer not in the source and a distractor from the source warn", async () => {
    const editor = await getDeckEditor(testDb.db, { userId: owner, deckId });
    const mcq = editor.items.find((item) => item.kind === "mcq")!;
    const sentence = editor.facts.find((f) => f.id === mcq.factId)!.sourceSentence;
    const fromSource = editor.facts.flatMap((f) => f.entities).find((e) => sentence.includes(e.name) && e.name !== mcq.answer)!.name;
    const edited = await editItem(testDb.db, {
      userId: owner,
      edit: { itemId: mcq.id, prompt: mcq.prompt, answer: "Zanzibar", alternatives: [], options: ["Zanzibar", fromSource, "Oslo"] },
    });
    expect(edited.status).toBe("EDITED");
    const failed = edited.checks.filter((c) => !c.passed).map((c) => c.detail);
    expect(failed).toEqual(
      expect.arrayContaining(["The answer no longer appears in the source sentence.", `The wrong option "${fromSource}" appears in the source sentence, so it may also be right.`]),
    );
  });

  test("discard, restore and accept move an item between statuses; a discarded edit restores as EDITED", async () => {
    const [first] = (await getDeckEditor(testDb.db, { userId: owner, deckId })).items;
    expect((await changeItemStatus(testDb.db, { userId: owner, itemId: first!.id, action: "discard" })).status).toBe("DISCARDED");
    expect((await changeItemStatus(testDb.db, { userId: owner, itemId: first!.id, action: "restore" })).status).toBe("GENERATED");
    expect((await changeItemStatus(testDb.db, { userId: owner, itemId: first!.id, action: "accept" })).status).toBe("ACCEPTED");
    await editItem(testDb.db, { userId: owner, edit: { itemId: first!.id, prompt: first!.prompt, answer: first!.answer, alternatives: ["x"] } });
    await changeItemStatus(testDb.db, { userId: owner, itemId: first!.id, action: "discard" });
    expect((await changeItemStatus(testDb.db, { userId: owner, itemId: first!.id, action: "restore" })).status).toBe("EDITED");
  });

  test("bulk: accept the top N by score, discard all of a kind, and undo", async () => {
    const accepted = await acceptTopItems(testDb.db, { userId: owner, deckId, top: 5 });
    const items = (await getDeckEditor(testDb.db, { userId: owner, deckId })).items;
    const bestFive = [...items].sort((a, b) => b.score - a.score || a.position - b.position).slice(0, 5).map((i) => i.id);
    expect(accepted.sort()).toEqual(bestFive.sort());
    const discarded = await discardItemsOfKind(testDb.db, { userId: owner, deckId, kind: "true_false" });
    const after = (await getDeckEditor(testDb.db, { userId: owner, deckId })).items;
    expect(after.filter((i) => i.kind === "true_false").every((i) => i.status === "DISCARDED")).toBe(true);
    await setItemsStatus(testDb.db, { userId: owner, deckId, itemIds: discarded, status: "GENERATED" });
    expect((await getDeckEditor(testDb.db, { userId: owner, deckId })).items.filter((i) => i.status === "DISCARDED")).toHaveLength(0);
  });

  test("a cloze from selected article text, a question card and a multiple-choice item are added on facts of their own", async () => {
    const start = SEED.text.indexOf("Yuri Ushakov");
    const cloze = await addManualItem(testDb.db, { userId: owner, input: { kind: "cloze", deckId, start, end: start + "Yuri Ushakov".length } });
    expect(cloze.item).toMatchObject({ kind: "cloze", answer: "Yuri Ushakov", status: "ACCEPTED", rule: "manual" });
    expect(cloze.item.prompt).toContain("Kremlin aide _____ as");
    expect(SEED.text.slice(cloze.fact.spanStart, cloze.fact.spanEnd)).toBe(cloze.fact.sourceSentence);
    const card = await addManualItem(testDb.db, { userId: owner, input: { kind: "short_answer", deckId, prompt: "Which city hosts the summit?", answer: "Budapest" } });
    expect(card.item).toMatchObject({ kind: "short_answer", answer: "Budapest" });
    const mcq = await addManualItem(testDb.db, { userId: owner, input: { kind: "mcq", deckId, prompt: "Who leads Hungary?", answer: "Viktor Orbán", distractors: ["Donald Tusk", "Robert Fico"] } });
    expect([...mcq.item.payload.options!].sort()).toEqual(["Donald Tusk", "Robert Fico", "Viktor Orbán"]);
    await expect(addManualItem(testDb.db, { userId: owner, input: { kind: "cloze", deckId, start: 5, end: 900 } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  test("regeneration after an article edit keeps edits and decisions for facts that still exist, drops facts that are gone, keeps hand-written items", async () => {
    const before = await getDeckEditor(testDb.db, { userId: owner, deckId });
    const paragraphs = SEED.text.split("\n");
    const lastParagraph = paragraphs.at(-1)!;
    const keptItem = before.items.find((i) => !lastParagraph.includes(before.facts.find((f) => f.id === i.factId)!.sourceSentence) && i.kind === "cloze")!;
    const goneFact = before.facts.find((f) => lastParagraph.includes(f.sourceSentence))!;
    const discardedItem = before.items.find((i) => i.id !== keptItem.id && i.factId !== goneFact.id && i.kind !== "matching" && i.kind !== "ordering")!;
    await editItem(testDb.db, { userId: owner, edit: { itemId: keptItem.id, prompt: `${keptItem.prompt} (edited)`, answer: keptItem.answer, alternatives: [] } });
    await changeItemStatus(testDb.db, { userId: owner, itemId: discardedItem.id, action: "discard" });
    const manual = await addManualItem(testDb.db, { userId: owner, input: { kind: "short_answer", deckId, prompt: "Hand-written?", answer: "Yes" } });

    const text = paragraphs.slice(0, -1).join("\n");
    await updateArticleAndRegenerate(testDb.db, { userId: owner, deckId, article: { title: SEED.title, text, publishedAt: SEED.publishedAt } });
    const after = await getDeckEditor(testDb.db, { userId: owner, deckId });
    expect(after.article.text).toBe(text);
    expect(after.items.find((i) => i.id === keptItem.id)).toMatchObject({ prompt: `${keptItem.prompt} (edited)`, status: "EDITED" });
    expect(after.items.find((i) => i.id === discardedItem.id)).toMatchObject({ status: "DISCARDED" });
    expect(after.items.find((i) => i.id === manual.item.id)).toMatchObject({ prompt: "Hand-written?" });
    expect(after.facts.map((f) => f.id)).not.toContain(goneFact.id);
    expect(after.facts.map((f) => f.id)).toContain(keptItem.factId);
    // no duplicate of the kept item was generated next to it
    expect(after.items.filter((i) => i.factId === keptItem.factId && i.answer === keptItem.answer && i.kind === "cloze" && i.prompt === keptItem.prompt)).toHaveLength(0);
  });
});

describe("ownership and visibility of every write", () => {
  let deckId: string;
  let itemId: string;
  beforeAll(async () => {
    deckId = (await createDeckFromArticle(testDb.db, { userId: owner, article: SEED })).deckId;
    itemId = (await getDeckEditor(testDb.db, { userId: owner, deckId })).items[0]!.id;
  });

  const writes: { name: string; run: (userId: string) => Promise<unknown> }[] = [
    { name: "open the editor", run: (userId) => getDeckEditor(testDb.db, { userId, deckId }) },
    { name: "edit an item", run: (userId) => editItem(testDb.db, { userId, edit: { itemId, prompt: "p", answer: "a", alternatives: [] } }) },
    { name: "discard an item", run: (userId) => changeItemStatus(testDb.db, { userId, itemId, action: "discard" }) },
    { name: "accept the top items", run: (userId) => acceptTopItems(testDb.db, { userId, deckId, top: 3 }) },
    { name: "discard a kind", run: (userId) => discardItemsOfKind(testDb.db, { userId, deckId, kind: "cloze" }) },
    { name: "undo a bulk action", run: (userId) => setItemsStatus(testDb.db, { userId, deckId, itemIds: [itemId], status: "ACCEPTED" }) },
    { name: "add an item", run: (userId) => addManualItem(testDb.db, { userId, input: { kind: "short_answer", deckId, prompt: "q", answer: "a" } }) },
    { name: "regenerate", run: (userId) => updateArticleAndRegenerate(testDb.db, { userId, deckId, article: { title: "t", text: "A cat sat on a mat in Paris.", publishedAt: "2025-01-01" } }) },
    { name: "change visibility", run: (userId) => setDeckVisibility(testDb.db, { userId, deckId, visibility: "LINK" }) },
    { name: "see the deletion summary", run: (userId) => deckDeletionSummary(testDb.db, { userId, deckId }) },
    { name: "delete the deck", run: (userId) => deleteDeck(testDb.db, { userId, deckId }) },
  ];

  test.each(writes)("another user cannot $name of a private deck (NOT_FOUND)", async ({ run }) => {
    await expect(run(other)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  test.each(writes)("a reader of a link-shared deck cannot $name (FORBIDDEN)", async ({ run }) => {
    await setDeckVisibility(testDb.db, { userId: owner, deckId, visibility: "LINK" });
    await expect(run(other)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await setDeckVisibility(testDb.db, { userId: owner, deckId, visibility: "PRIVATE" });
  });

  test("nothing changed after the refused writes", async () => {
    const editor = await getDeckEditor(testDb.db, { userId: owner, deckId });
    expect(editor.items.every((i) => i.status === "GENERATED")).toBe(true);
    expect(editor.deck.visibility).toBe("PRIVATE");
  });
});

describe("the deck page, sharing, copying and deleting", () => {
  test("a learner's deck page holds no answers; matching shows both sides and ordering is shuffled", async () => {
    const { deckId } = await createDeckFromArticle(testDb.db, { userId: owner, article: SEED });
    await setDeckVisibility(testDb.db, { userId: owner, deckId, visibility: "LINK" });
    const overview = await getDeckOverview(testDb.db, { userId: other, deckId });
    const editor = await getDeckEditor(testDb.db, { userId: owner, deckId });
    expect(overview.deck.isOwn).toBe(false);
    const serialised = JSON.stringify(overview.questions);
    expect(serialised).not.toMatch(/"answer"|"truth"|"pairs"|"sequence"|"alternatives"/);
    for (const q of overview.questions) {
      const full = editor.items.find((i) => i.id === q.id)!;
      if (q.kind === "matching") {
        expect(q.matching!.left).toEqual(full.payload.pairs!.map((p) => p.left));
        expect([...q.matching!.right].sort()).toEqual(full.payload.pairs!.map((p) => p.right).sort());
      }
      if (q.kind === "ordering") expect(q.steps).not.toEqual(full.payload.sequence);
    }
  });

  test("a CLASSES deck is readable by a student of the owner's live class, and copying makes a private deck of their own", async () => {
    const { deckId } = await createDeckFromArticle(testDb.db, { userId: owner, article: SEED });
    await expect(getDeckOverview(testDb.db, { userId: student, deckId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(copyDeck(testDb.db, { userId: student, deckId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const classroom = await testDb.db.classroom.create({ data: { teacherId: owner, name: "7B", joinCode: "SEVEN-B" } });
    await testDb.db.enrollment.create({ data: { classroomId: classroom.id, userId: student } });
    await setDeckVisibility(testDb.db, { userId: owner, deckId, visibility: "CLASSES" });
    await expect(getDeckOverview(testDb.db, { userId: student, deckId })).resolves.toMatchObject({ deck: { isOwn: false } });

    const copy = await copyDeck(testDb.db, { userId: student, deckId });
    const editor = await getDeckEditor(testDb.db, { userId: student, deckId: copy.deckId });
    const source = await getDeckEditor(testDb.db, { userId: owner, deckId });
    expect(editor.deck.visibility).toBe("PRIVATE");
    expect(editor.items).toHaveLength(source.items.filter((i) => i.status !== "DISCARDED").length);
    expect(editor.article.text).toBe(SEED.text);
    await testDb.db.classroom.update({ where: { id: classroom.id }, data: { archivedAt: new Date() } });
    await expect(getDeckOverview(testDb.db, { userId: student, deckId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  test("My decks counts facts, accepted items and the user's due cards, and searches by title", async () => {
    const { deckId } = await createDeckFromArticle(testDb.db, { userId: other, article: { ...SEED, title: "Counting deck" } });
    await acceptTopItems(testDb.db, { userId: other, deckId, top: 4 });
    const facts = await testDb.db.fact.findMany({ where: { deckId }, take: 3 });
    const now = new Date("2026-01-10T12:00:00Z");
    await testDb.db.cardState.createMany({
      data: [
        { userId: other, factId: facts[0]!.id, due: new Date("2026-01-09T00:00:00Z") },
        { userId: other, factId: facts[1]!.id, due: new Date("2026-01-11T00:00:00Z") },
        { userId: other, factId: facts[2]!.id, due: new Date("2026-01-01T00:00:00Z"), suspended: true },
        { userId: student, factId: facts[0]!.id, due: new Date("2026-01-01T00:00:00Z") },
      ],
    });
    const [summary] = await listDecksForUser(testDb.db, { userId: other, query: "COUNTING", now });
    expect(summary).toMatchObject({ title: "Counting deck", acceptedCount: 4, dueCount: 1 });
    expect(summary!.factCount).toBeGreaterThan(5);
    expect(await listDecksForUser(testDb.db, { userId: other, query: "no such title", now })).toEqual([]);
  });

  test("a fact whose every question is discarded is no longer counted or anchored, on the deck page and in My decks", async () => {
    const { deckId } = await createDeckFromArticle(testDb.db, { userId: other, article: { ...SEED, title: "Fact count deck" } });
    const asked = await testDb.db.fact.count({ where: { deckId, items: { some: {} } } });
    const fact = await testDb.db.fact.findFirstOrThrow({ where: { deckId, items: { some: {} } }, include: { items: true } });
    for (const item of fact.items) await changeItemStatus(testDb.db, { userId: other, itemId: item.id, action: "discard" });
    const overview = await getDeckOverview(testDb.db, { userId: other, deckId });
    expect(overview.counts.facts).toBe(asked - 1);
    expect(overview.sentences).toHaveLength(asked - 1);
    const [summary] = await listDecksForUser(testDb.db, { userId: other, query: "Fact count deck" });
    expect(summary!.factCount).toBe(asked - 1);
  });

  test("deleting shows what goes with it, then removes the deck, its facts, items and its article", async () => {
    const { deckId } = await createDeckFromArticle(testDb.db, { userId: owner, article: SEED });
    const summary = await deckDeletionSummary(testDb.db, { userId: owner, deckId });
    expect(summary.facts).toBeGreaterThan(0);
    expect(summary.items).toBeGreaterThan(0);
    const articleId = (await testDb.db.deck.findUniqueOrThrow({ where: { id: deckId } })).articleId!;
    await deleteDeck(testDb.db, { userId: owner, deckId });
    expect(await testDb.db.deck.findUnique({ where: { id: deckId } })).toBeNull();
    expect(await testDb.db.fact.count({ where: { deckId } })).toBe(0);
    expect(await testDb.db.article.findUnique({ where: { id: articleId } })).toBeNull();
  });
});
