/** @jest-environment node */
import { analyse, generateDeck, leaningFactor, type Item } from "@/lib/quizgen";
import { leansBack, standAlone } from "@/lib/quizgen/decontext";
import { fragileStemFactor, guessableShapeFactor } from "@/lib/quizgen/fragile";
import { dateForms, numberForms, timeForms } from "@/lib/quizgen/generators/shared";
import { namedSubjects, previousPerson } from "@/lib/quizgen/subject";
import { referenceContext } from "../../helpers/quizgen";

// Seventh pass: one pronoun resolver for the statement kinds (namedSubjects) and the stems (standAlone),
// and pronouns that must agree with the person the stem names.

const subjects = (title: string, text: string) => {
  const a = analyse({ title, text });
  return [...namedSubjects(a.facts, a.sentences, a.entities, title).values()].map((c) => c.fact.statement);
};

describe("one resolver for 'he' and 'she'", () => {
  it("lets a person of the other known gender not compete", () => {
    const ctx = referenceContext("", "Mary Jones met John Smith in Paris. She signed the treaty in 2004.");
    expect(previousPerson(1, "female", ctx)).toBe("Mary Jones");
    expect(previousPerson(1, "male", ctx)).toBe("John Smith");
  });

  it("does not look past the nearest sentence that names someone", () => {
    const ctx = referenceContext("", "Mary Jones was born in Leeds. John Smith ran the bank. She signed the treaty in 2004.");
    expect(previousPerson(2, "female", ctx)).toBeUndefined();
  });

  it("takes a biography's subject when no one is named just before, in the statement kinds and in stems alike", () => {
    const title = "Jeanne Moreau";
    const text = "Jeanne Moreau was a French actress and singer.\nMoreau sang in Paris. Moreau acted in Rome.\nThe films were famous. The songs were long. She won the Cannes prize in 1960.";
    expect(subjects(title, text)).toEqual(["Jeanne Moreau won the Cannes prize in 1960."]);
    const ctx = referenceContext(title, text);
    expect(standAlone("In _____, she won the Cannes prize.", 5, ctx, ["1960"])).toBe("In _____, Jeanne Moreau won the Cannes prize.");
  });

  it("never gives a biography's subject to a pronoun of the other gender", () => {
    const title = "Mary Jones";
    const text = "Mary Jones was a British architect.\nJones studied in Leeds. Jones built towers.\nThe firm was large. The bank was rich. He founded a bank in 1932.";
    const ctx = referenceContext(title, text);
    expect(ctx.entities.find((e) => e.name === "Mary Jones")?.gender).toBe("female");
    expect(previousPerson(5, "male", ctx)).toBeUndefined();
    expect(subjects(title, text)).toEqual([]);
  });
});

describe("a biography's subject of unknown gender", () => {
  const text =
    "Zaha Mohammad Hadid was an Iraqi-British architect.\nShe was the first woman to win the Pritzker Prize. She received the Stirling Prize in 2010. Her works include many museums.\n" +
    "Hadid was born in 1950 in Baghdad. Her father Mohammed Hadid was an industrialist. He co-founded the al-Ahali group in 1932. He was a co-founder of a party. He served as minister of finance after 1958.";

  it("is read from the pronouns the article uses most, so the father's 'He' stays unresolved", () => {
    const ctx = referenceContext("Zaha Hadid", text);
    expect(ctx.entities.find((e) => e.type === "PERSON" && /^Zaha/.test(e.name))?.gender).toBeUndefined();
    expect(ctx.sentences[8]?.text).toMatch(/^He served/);
    expect(previousPerson(8, "male", ctx)).toBeUndefined();
    expect(subjects("Zaha Hadid", text).filter((s) => /minister of finance/.test(s))).toEqual([]);
  });
});

describe("pronouns agree with the person the stem names", () => {
  const text = "Mary Jones was freed in July. President John Smith greeted her in Paris. Smith said her safe return gives hope.";

  it.each([
    { label: "a man named before 'her'", stem: "Smith said her safe return gives hope.", avoid: [] as string[] },
    { label: "a blank whose answer is a man before 'her'", stem: "_____ said her safe return gives hope.", avoid: ["John Smith"] },
  ])("drops the stem with $label", ({ stem, avoid }) => {
    expect(standAlone(stem, 2, referenceContext("", text), avoid)).toBeNull();
  });

  it("reads no demonym as the antecedent of 'he': the one man named just before is, or else nobody", () => {
    const stem = "After being treated at a Japanese medical centre, he was moved to Nice.";
    expect(standAlone(stem, 2, referenceContext("", text))).toBe("After being treated at a Japanese medical centre, John Smith was moved to Nice.");
    const two = referenceContext("", "The crash was in Suzuka. John Smith and Tom Brown raced there. After being treated at a Japanese medical centre, he was moved to Nice.");
    expect(standAlone(stem, 2, two)).toBeNull();
  });

  it.each([
    { stem: "Smith said Mary Jones's safe return gives hope.", avoid: [] as string[] },
    { stem: "_____ was freed in July after her long captivity.", avoid: ["Mary Jones"] },
    { stem: "Mary Jones said her return gives hope.", avoid: [] as string[] },
  ])("keeps '$stem'", ({ stem, avoid }) => {
    expect(standAlone(stem, 2, referenceContext("", text), avoid)).toBe(stem);
  });
});

describe("names", () => {
  it("does not read a film title's 'Lady Who Walked' as a titled person", () => {
    const a = analyse({ title: "", text: "She won the César Award for Best Actress for The Old Lady Who Walked in the Sea (1992)." });
    expect(a.entities.filter((e) => e.type === "PERSON").map((e) => e.name)).toEqual([]);
  });

  it("asks nothing of a film title's fragment after a bracket the sentence goes on after", () => {
    const text = "Jeanne Moreau was a French actress. She began acting in films in 1949, with performances in the Fernandel vehicle Meurtres? (Three Sinners, 1950) and in Touchez pas au grisbi (1954).";
    const deck = generateDeck({ title: "", text }, { seed: 1, maxItems: 100 });
    expect(deck.items.length).toBeGreaterThan(0);
    for (const item of deck.items) expect(item.prompt).not.toMatch(/^\s*\(|^_____\)/);
  });
});

describe("descriptions that lean on an earlier sentence", () => {
  const text =
    "The occupation of Japan lasted from 1945 to 1952 and came in three phases. " +
    "General Douglas MacArthur led it from Tokyo. " +
    "The first phase, roughly from 1945 through 1947, involved the most fundamental changes. " +
    "After Cárdenas left office in 1940, the Mexicans were willing to consider the possibility, but only on conditions. " +
    "A new study by Oxford University was published in 2004, and the study found a link.";
  const ctx = referenceContext("Occupation of Japan", text);

  it("finds a subject whose head an earlier sentence introduced", () => {
    expect(leansBack("The first phase, roughly from 1945 through _____, involved the most fundamental changes.", 2, ctx)).toEqual({ text: "The first phase", subject: true, shell: false });
  });

  it("finds a bare shell noun anywhere in the stem", () => {
    expect(leansBack("After Cárdenas left office in _____, the Mexicans were willing to consider the possibility, but only on conditions.", 3, ctx)).toEqual({ text: "the possibility", subject: false, shell: true });
  });

  it.each([
    { label: "the stem introduces it itself", stem: "A new study by Oxford University was published in _____, and the study found a link.", index: 4 },
    { label: "a complement restricts it", stem: "The first phase of the Allied occupation of Japan involved changes in _____.", index: 2 },
    { label: "a quoted title names it", stem: 'The phase "Reverse Course" began in _____.', index: 2 },
    { label: "the head is met only later in the article", stem: "The first phase, roughly from 1945 through _____, involved changes.", index: 0 },
    { label: "the noun names a time", stem: "In the second half, _____ scored.", index: 2 },
  ])("finds nothing when $label", ({ stem, index }) => {
    expect(leansBack(stem, index, ctx)).toBeUndefined();
  });

  it("ranks the items of a sentence opening with such a subject below every other item", () => {
    const deck = generateDeck({ title: "Occupation of Japan", text }, { seed: 1, maxItems: 100 });
    const phase = text.indexOf("The first phase");
    const leaning = deck.items.filter((i) => i.source.start === phase);
    const others = deck.items.filter((i) => i.source.start !== phase);
    expect(leaning.length).toBeGreaterThan(0);
    expect(Math.max(...leaning.map((i) => i.score))).toBeLessThan(Math.min(...others.map((i) => i.score)));
  });
});

describe("facts from sentences with lists", () => {
  it("does not cut a list after a colon into clauses at its semicolons", () => {
    const text =
      "In 1946, four setbacks had served to torpedo any rapprochement with the Soviet Union: the Soviets' failure to leave Iran in 1946; " +
      "Soviet attempts to pressure the Iranian Government in 1946; and, the Soviet rejection of the Baruch plan in June 1946.";
    const a = analyse({ title: "", text });
    expect(a.facts.map((f) => f.fact.statement)).toEqual([text]);
  });

  it("still cuts two independent clauses joined by a semicolon", () => {
    const a = analyse({ title: "", text: "Lyon won the league in 2004; Paris won the cup in 2005." });
    expect(a.facts.map((f) => f.fact.statement)).toEqual(["Lyon won the league in 2004.", "Paris won the cup in 2005."]);
  });
});

describe("'other' things the stem does not name", () => {
  const ctx = referenceContext("", "Greece needed aid in 1947. Britain could no longer give it.");
  it.each([
    "A number of other foreign policy problems also influenced President Truman's decision in _____.",
    "There are a host of other causes, such as ALS, named in _____.",
  ])("drops '%s'", (stem) => {
    expect(standAlone(stem, 1, ctx, ["1947"])).toBeNull();
  });
  it("keeps 'other' when the stem says other than what", () => {
    const stem = "There were a number of other nations besides Greece that asked for aid in _____.";
    expect(standAlone(stem, 1, ctx, ["1947"])).toBe(stem);
  });
});

describe("resolved references read as English", () => {
  it("gives a country that takes 'the' its article", () => {
    const ctx = referenceContext("", "Joshua Norton moved to the United States in 1849. He lost his fortune in 1858. After assuming control over the country, he abolished Congress in 1859.");
    expect(standAlone("After assuming control over the country, he abolished Congress in _____.", 2, ctx, ["1859"])).toBe(
      "After assuming control over the United States, Joshua Norton abolished Congress in _____.",
    );
  });

  it("writes in a surname alone for someone the article keeps naming", () => {
    const text =
      "Jules Bianchi and Lucien Bianchi raced. Bianchi won in 2012. Bianchi crashed at Suzuka in 2014. " +
      "His helmet hit the tractor and Bianchi fell into a coma. After being treated at a Japanese medical centre, he was moved to Nice.";
    const ctx = referenceContext("", text);
    expect(ctx.entities.find((e) => e.type === "PERSON" && e.name === "Bianchi")?.mentions).toHaveLength(3);
    expect(previousPerson(4, "male", ctx)).toBe("Bianchi");
    expect(standAlone("After being treated at a Japanese medical centre, he was moved to _____.", 4, ctx, ["Nice"])).toBe(
      "After being treated at a Japanese medical centre, Bianchi was moved to _____.",
    );
  });
});

describe("answer forms and cut stems (seventh pass)", () => {
  it.each([
    { text: "1:32 a.m.", forms: ["1:32", "1:32 am", "1:32am", "1:32 AM"] },
    { text: "9.15 p.m.", forms: ["9:15", "9:15 p.m.", "9:15 pm"] },
  ])("accepts the other ways to write $text", ({ text, forms }) => {
    expect(timeForms(text)).toEqual(expect.arrayContaining(forms));
  });

  it("accepts a day with an abbreviated month in full", () => {
    expect(dateForms("Jan. 21")).toEqual(expect.arrayContaining(["January 21", "21 January", "Jan 21"]));
    expect(dateForms("Sept. 3, 1939")).toEqual(expect.arrayContaining(["September 3", "September 3, 1939", "3 September 1939"]));
  });

  it.each([
    { label: "a blank that cuts an asteroid's designation", item: { kind: "mcq", prompt: "As with _____ BX1, Scout predicted the time of impact.", answer: "2024" } },
    { label: "a conjunction as the answer", item: { kind: "short_answer", prompt: "What are a host of other causes?", answer: "But there" } },
    { label: "an empty subject as the answer", item: { kind: "short_answer", prompt: "What was wonderful?", answer: "It" } },
  ])("drops $label", ({ item }) => {
    expect(fragileStemFactor(item)).toBe(0);
  });

  it("keeps a year before an ordinary word", () => {
    expect(fragileStemFactor({ kind: "mcq", prompt: "The asteroid 2024 BX1 was found in _____ by Scout.", answer: "2024" })).toBe(1);
  });
});

describe("names that continue", () => {
  it("does not resolve 'the war' to 'the World War' cut out of 'In World War II'", () => {
    const ctx = referenceContext("", "After the defeat of Japan in World War II, the United States led the Allies in the occupation of Japan. The groundwork for the occupation was laid during the war.");
    expect(standAlone("The groundwork for the occupation was laid during the war by _____.", 1, ctx, ["the United States"])).toBeNull();
  });
});

describe("blanks general knowledge fills, by shape", () => {
  it.each([
    { label: "a country's leader", item: { kind: "cloze", prompt: "Soviet leader _____ had refrained from supporting the Greek Communists.", answer: "Joseph Stalin" }, factor: 0.2 },
    { label: "the owner before a possessive", item: { kind: "cloze", prompt: "A team from _____'s Goddard Institute for Space Studies led the study.", answer: "NASA" }, factor: 0.5 },
    { label: "an ordinary blank", item: { kind: "cloze", prompt: "Joseph Stalin met _____ in Yalta in 1945.", answer: "Winston Churchill" }, factor: 1 },
    { label: "a leader of no country", item: { kind: "cloze", prompt: "Team leader _____ planned the route.", answer: "Ann Lee" }, factor: 1 },
  ])("scores $label × $factor", ({ item, factor }) => {
    expect(guessableShapeFactor(item)).toBe(factor);
  });

  it("reads a headquarters' city as general knowledge", () => {
    const deck = generateDeck(
      { title: "", text: "CNEOS computes orbits for the Planetary Defense Coordination Office at NASA Headquarters in Washington. The office was set up in 2016 by Lindley Johnson." },
      { seed: 1, maxItems: 100 },
    );
    const washington = deck.items.filter((i) => i.answer === "Washington" && i.kind !== "true_false");
    for (const item of washington) expect(item.checks.some((c) => !c.passed)).toBe(true);
  });
});

describe("matching and ordering with a leaning event", () => {
  const text =
    "Foreign oil companies left Mexico in 1938. After Cárdenas left office in 1940, the Mexicans were willing to consider the possibility, but only on conditions. " +
    "The U.S. and Mexican Governments signed the Cooke-Zevada agreement in 1942.";
  const refs = referenceContext("", text);
  const ordering = (sequence: string[]) =>
    ({ kind: "ordering", prompt: "Put these events in order.", answer: sequence.join(" → "), sequence, source: { sentence: "", start: 0, end: 0 } }) as unknown as Item;

  it("ranks the whole item as low as a leaning subject", () => {
    const item = ordering(["Foreign oil companies left Mexico", "After Cárdenas left office, the Mexicans were willing to consider the possibility, but only on conditions", "The U.S. and Mexican Governments signed the Cooke-Zevada agreement"]);
    expect(leaningFactor(item, 0, refs)).toBe(0.25);
  });

  it("leaves an item of self-contained events alone", () => {
    const item = ordering(["Foreign oil companies left Mexico", "The U.S. and Mexican Governments signed the Cooke-Zevada agreement"]);
    expect(leaningFactor(item, 0, refs)).toBe(1);
  });
});

describe("more cut stems and answer forms", () => {
  it.each([
    { label: "a fraction's denominator", item: { kind: "mcq", prompt: "Passage of the Bill required only a 1/_____ majority.", answer: "2" } },
    { label: "a fraction's numerator", item: { kind: "cloze", prompt: "Passage of the Bill required only a _____/2 majority.", answer: "1" } },
    { label: "a first name before a nickname", item: { kind: "cloze", prompt: 'Honorably discharged US veteran, _____ "Greg" Ford reports that he witnessed war crimes.', answer: "Frank" } },
  ])("drops $label", ({ item }) => {
    expect(fragileStemFactor(item)).toBe(0);
  });

  it("accepts an abbreviated sum in its other forms", () => {
    expect(numberForms("$30bn")).toEqual(expect.arrayContaining(["$30 billion", "30 billion dollars", "30bn"]));
    expect(numberForms("€5m")).toEqual(expect.arrayContaining(["€5 million", "5 million euros"]));
  });
});

describe("shell nouns and subjects after an opening phrase", () => {
  const ctx = referenceContext("", "The Court ruled on the schools in 2012. The incident angered Vohor. Overflights stopped in 1956.");

  it.each([
    { stem: "Vohor faced a vote before the incident for his decision to recognise Taiwan.", lean: { text: "the incident", subject: false, shell: true } },
    { stem: "On July 4, 1956, the situation changed.", lean: { text: "the situation", subject: true, shell: true } },
    { stem: "Requests have come from the Municipality of Bogliasco.", lean: { text: "Requests", subject: true, shell: true } },
  ])("finds '$lean.text' in '$stem'", ({ stem, lean }) => {
    expect(leansBack(stem, 2, ctx)).toEqual(lean);
  });

  it("lets a shell noun's own complement restrict it", () => {
    expect(leansBack("Vohor faced a vote over the decision to recognise Taiwan in 2004.", 2, ctx)).toBeUndefined();
  });
});

describe("organisations after a place and 'and'", () => {
  it("splits 'Idaho and Utah State University' into the state and the university", () => {
    const a = analyse({ title: "", text: "Two programs from Boise State University in Idaho and Utah State University in Logan attract beavers." });
    const names = a.entities.filter((e) => e.type === "ORG" || e.type === "PLACE").map((e) => `${e.type} ${e.name}`);
    expect(names).toEqual(expect.arrayContaining(["ORG Boise State University", "PLACE Idaho", "ORG Utah State University"]));
    expect(names.some((n) => /Idaho and Utah/.test(n))).toBe(false);
  });
});
