/** @jest-environment node */
import fs from "node:fs";
import path from "node:path";
import { matchTypedAnswer, typoAllowance, type AnswerKey } from "@/lib/grading/match-answer";

const ARTICLE = fs.readFileSync(path.join(process.cwd(), "prisma", "seed-data", "budapest-summit.txt"), "utf8");
const PEOPLE = ["Donald Trump", "Vladimir Putin", "Marco Rubio", "Sergey Lavrov", "Yuri Ushakov", "Viktor Orbán"];

type Case = [response: string, key: AnswerKey];
const key = (answer: string, extra: Omit<AnswerKey, "answer"> = {}): AnswerKey => ({ answer, ...extra });
const inArticle = (answer: string, alternatives: string[] = []): AnswerKey => ({ answer, alternatives, context: ARTICLE, otherNames: PEOPLE });

const accepted: Record<string, Case[]> = {
  "case, punctuation and spacing": [
    ["budapest", key("Budapest")],
    ["BUDAPEST", key("Budapest")],
    ["  Budapest  ", key("Budapest")],
    ["Budapest.", key("Budapest")],
    ["Budapest!", key("Budapest")],
    ['"Budapest"', key("Budapest")],
    ["marco   rubio", key("Marco Rubio")],
    ["Marco-Rubio", key("Marco Rubio")],
    ["u.s.", key("U.S.")],
    ["US", key("U.S.")],
    ["nato", key("NATO")],
    ["N.A.T.O.", key("NATO")],
    ["European union", key("the European Union")],
    ["Anchorage, Alaska", key("Anchorage, Alaska")],
    ["anchorage alaska", key("Anchorage, Alaska")],
    ["Russia’s", key("Russia's")],
    ["AT&T", key("AT and T")],
    ["rock & roll", key("rock and roll")],
  ],
  diacritics: [
    ["Viktor Orban", key("Viktor Orbán")],
    ["viktor orbán", key("Viktor Orbán")],
    ["Sao Paulo", key("São Paulo")],
    ["Zurich", key("Zürich")],
    ["Malmo", key("Malmö")],
    ["Bogota", key("Bogotá")],
    ["Ceske Budejovice", key("České Budějovice")],
    ["Francois Hollande", key("François Hollande")],
    ["Munchen", key("München")],
    ["Curacao", key("Curaçao")],
  ],
  articles: [
    ["United States", key("the United States")],
    ["the united states", key("United States")],
    ["The Kremlin", key("Kremlin")],
    ["Kremlin", key("the Kremlin")],
    ["an agreement", key("agreement")],
    ["a ceasefire", key("ceasefire")],
    ["the Netherlands", key("Netherlands")],
    ["Hague", key("The Hague")],
  ],
  "accepted alternatives": [
    ["Putin", key("Vladimir Putin", { alternatives: ["Putin", "Russian President Vladimir Putin"] })],
    ["Russian President Vladimir Putin", key("Vladimir Putin", { alternatives: ["Putin", "Russian President Vladimir Putin"] })],
    ["US", key("the United States", { alternatives: ["United States", "U.S."] })],
    ["2025-10-16", key("October 16", { alternatives: ["2025-10-16"] })],
    ["two and a half hours", key("two-and-a-half", { alternatives: ["two and a half hours"] })],
    ["UK", key("United Kingdom", { alternatives: ["UK", "Britain"] })],
    ["britain", key("United Kingdom", { alternatives: ["UK", "Britain"] })],
  ],
  "titles in front of a name": [
    ["President Trump", key("Trump")],
    ["President Donald Trump", key("Donald Trump")],
    ["Secretary of State Marco Rubio", key("Marco Rubio")],
    ["Prime Minister Viktor Orbán", key("Viktor Orbán")],
    ["Foreign Minister Sergey Lavrov", key("Sergey Lavrov")],
    ["Mr Rubio", key("Rubio")],
    ["Dr. Smith", key("Smith")],
  ],
  "surname or full name where the article uses both": [
    ["Putin", inArticle("Vladimir Putin")],
    ["putin", inArticle("Vladimir Putin")],
    ["Trump", inArticle("Donald Trump")],
    ["Donald Trump", inArticle("Trump")],
    ["donald trump", inArticle("Trump")],
    ["Vladimir Putin", inArticle("Putin")],
    ["Marco Rubio", inArticle("Rubio")],
    ["Sergey Lavrov", inArticle("Lavrov")],
    ["Vladimir Putn", inArticle("Vladimir Putin")],
  ],
  "number words": [
    ["two", key("2")],
    ["2", key("two")],
    ["Two", key("2")],
    ["twelve", key("12")],
    ["twenty-five", key("25")],
    ["twenty five", key("25")],
    ["ninety-nine", key("99")],
    ["one hundred", key("100")],
    ["a hundred", key("100")],
    ["hundred", key("100")],
    ["one hundred and five", key("105")],
    ["three thousand", key("3,000")],
    ["3000", key("3,000")],
    ["3,000", key("three thousand")],
    ["two million", key("2,000,000")],
    ["2 million", key("2000000")],
    ["1.5 million", key("1,500,000")],
    ["two and a half", key("2.5")],
    ["two-and-a-half", key("2.5")],
    ["2.5", key("two-and-a-half")],
    ["2.5 hours", key("two-and-a-half", { prompt: "How many hours did the call last?" })],
    ["two and a half hours", key("2.5", { prompt: "How many hours did the call last?" })],
    ["7 years", key("seven years")],
    ["seven years", key("7 years")],
    ["7", key("seven years")],
    ["a half", key("0.5")],
    ["zero", key("0")],
    ["third", key("3rd")],
    ["the 3rd", key("third")],
    ["twenty-first", key("21st")],
    ["1st", key("first")],
  ],
  percentages: [
    ["10 percent", key("10%")],
    ["10%", key("10 percent")],
    ["10 per cent", key("10%")],
    ["ten percent", key("10%")],
    ["10 %", key("10%")],
    ["ten per cent", key("10 percent")],
    ["2.5%", key("2.5 percent")],
    ["fifty percent", key("50%")],
  ],
  "date forms": [
    ["October 16", key("October 16")],
    ["Oct. 16", key("October 16")],
    ["Oct 16", key("October 16")],
    ["16 October", key("October 16")],
    ["16 Oct", key("October 16")],
    ["16th October", key("October 16")],
    ["October 16th", key("October 16")],
    ["the 16th of October", key("October 16")],
    ["on October 16", key("October 16")],
    ["Thursday, October 16", key("October 16")],
    ["October 16, 2025", key("October 16", { alternatives: ["2025-10-16"] })],
    ["16 October 2025", key("October 16", { alternatives: ["2025-10-16"] })],
    ["2025-10-16", key("October 16")],
    ["April 13, 2029", key("2029-04-13")],
    ["13 April 2029", key("2029-04-13")],
    ["Apr. 13, 2029", key("2029-04-13")],
    ["April 13", key("2029-04-13")],
    ["2029-04-13", key("April 13, 2029")],
    ["August 15", key("August 15, 2025")],
    ["Aug 15 2025", key("August 15, 2025")],
    ["15 August 2025", key("August 15, 2025")],
    ["August 2025", key("August 2025")],
    ["aug 2025", key("August 2025")],
    ["Sept. 1", key("September 1")],
    ["1st September", key("September 1")],
    ["first of September", key("September 1")],
    ["December 31", key("Dec 31")],
    ["May 5", key("5 May")],
  ],
  "small typos, scaled to length": [
    ["Budapst", key("Budapest")],
    ["Budapset", key("Budapest")],
    ["Buddapest", key("Budapest")],
    ["Hungery", key("Hungary")],
    ["Ukrane", key("Ukraine")],
    ["Ukriane", key("Ukraine")],
    ["Crimia", key("Crimea")],
    ["Anchorge", key("Anchorage")],
    ["Marco Rubo", key("Marco Rubio")],
    ["Sergei Lavrov", key("Sergey Lavrov")],
    ["Sergey Lavorv", key("Sergey Lavrov")],
    ["Vladimir Puttin", key("Vladimir Putin")],
    ["Vladmir Putin", key("Vladimir Putin")],
    ["Yuri Ushakof", key("Yuri Ushakov")],
    ["Europian Union", key("European Union")],
    ["Kremln", key("Kremlin")],
    ["Paragauy", key("Paraguay")],
    ["Washingon", key("Washington")],
    ["Missisippi", key("Mississippi")],
    ["photosynthsis", key("photosynthesis")],
    ["Mediteranean Sea", key("Mediterranean Sea")],
  ],
  "leading prepositions": [
    ["in Budapest", key("Budapest")],
    ["at the Kremlin", key("the Kremlin")],
    ["in 2014", key("2014")],
    ["by Marco Rubio", key("Marco Rubio")],
  ],
};

const refused: Record<string, Case[]> = {
  "a different person": [
    ["Rubio", inArticle("Vladimir Putin", ["Putin"])],
    ["Putin", inArticle("Marco Rubio", ["Rubio"])],
    ["Lavrov", inArticle("Marco Rubio", ["Rubio"])],
    ["Trump", inArticle("Vladimir Putin", ["Putin"])],
    ["Ushakov", inArticle("Sergey Lavrov", ["Lavrov"])],
    ["Donald Trump", inArticle("Vladimir Putin")],
    ["Vladimir Trump", inArticle("Vladimir Putin")],
    ["Marco Putin", inArticle("Marco Rubio")],
    ["Orbán", inArticle("Donald Trump")],
    ["Viktor", inArticle("Viktor Orbán")],
  ],
  "a different year or number": [
    ["2015", key("2014")],
    ["2013", key("2014")],
    ["2041", key("2014")],
    ["2014", key("2015")],
    ["two thousand fifteen", key("2014")],
    ["3", key("2")],
    ["three", key("two")],
    ["2", key("two-and-a-half")],
    ["3.5", key("2.5")],
    ["25", key("2.5")],
    ["11%", key("10%")],
    ["1%", key("10%")],
    ["100", key("10")],
    ["10", key("100")],
    ["3,001", key("3,000")],
    ["two million", key("2,000")],
    ["7 months", key("seven years")],
    ["2.5 days", key("two-and-a-half", { prompt: "How many hours did the call last?" })],
    ["2.5 hours and more", key("2.5")],
    ["about 2.5", key("2.5")],
    ["10", key("10%")],
  ],
  "a different date": [
    ["October 17", key("October 16")],
    ["Oct. 15", key("October 16")],
    ["16 November", key("October 16")],
    ["November 16", key("October 16")],
    ["October 16, 2024", key("October 16", { alternatives: ["2025-10-16"] })],
    ["April 13, 2028", key("2029-04-13")],
    ["April 14, 2029", key("2029-04-13")],
    ["13 March 2029", key("2029-04-13")],
    ["2029-04-14", key("2029-04-13")],
    ["August 16, 2025", key("August 15, 2025")],
    ["August 15, 2024", key("August 15, 2025")],
    ["August 2024", key("August 2025")],
    ["September 2025", key("August 2025")],
    ["August", key("August 2025")],
    ["2025", key("August 15, 2025")],
    ["October", key("October 16")],
    ["16", key("October 16")],
  ],
  "a different place that a typo would reach": [
    ["Uruguay", key("Paraguay")],
    ["Paraguay", key("Uruguay")],
    ["Iraq", key("Iran")],
    ["Iran", key("Iraq")],
    ["Austria", key("Australia")],
    ["Australia", key("Austria")],
    ["Slovakia", key("Slovenia")],
    ["Slovenia", key("Slovakia")],
    ["Niger", key("Nigeria")],
    ["Nigeria", key("Niger")],
    ["Gambia", key("Zambia")],
    ["Zambia", key("Gambia")],
    ["Mali", key("Malawi")],
    ["Guinea", key("Ghana")],
    ["Latvia", key("Lithuania")],
    ["Sweden", key("Switzerland")],
    ["Romania", key("Armenia")],
    ["Oman", key("Yemen")],
    ["Chad", key("Chile")],
    ["Peru", key("Chile")],
    ["Bucharest", key("Budapest")],
    ["Bern", key("Berlin")],
    ["Budapest", key("Bucharest")],
    ["Hungary", key("Bulgaria")],
    ["Russia", key("Belarus")],
  ],
  "a name the article mentions, reached by a typo": [
    ["Rubin", { answer: "Rubio", otherNames: ["Robert Rubin"] }],
    ["Lavrova", { answer: "Lavrov", otherNames: ["Anna Lavrova"] }],
    ["Pitin", { answer: "Putin", otherNames: ["Pitin"] }],
  ],
  "too far from the answer to be a typo": [
    ["Budpt", key("Budapest")],
    ["Buda", key("Budapest")],
    ["Pest", key("Budapest")],
    ["Hungarian", key("Hungary")],
    ["Rus", key("Russia")],
    ["Kiev", key("Ukraine")],
    ["Kremlins aide", key("Kremlin")],
    ["Mark", key("Marco")],
    ["Lavrof", key("Lav")],
    ["Ukr", key("Ukraine")],
    ["cat", key("car")],
    ["dog", key("dig")],
    ["ox", key("on")],
    ["EU", key("UN")],
    ["Marco", key("Marco Rubio")],
  ],
  "surname alone where the article never uses it alone": [
    ["Orbán", inArticle("Viktor Orbán")],
    ["Orban", inArticle("Viktor Orbán")],
    ["Ushakov", inArticle("Yuri Ushakov")],
  ],
  "empty or padded nonsense": [
    ["", key("Budapest")],
    ["   ", key("Budapest")],
    ["?!", key("Budapest")],
    ["the", key("Budapest")],
    ["Budapest Budapest", key("Budapest")],
    ["Budapest or Vienna", key("Budapest")],
    ["x".repeat(5000), key("Budapest")],
    ["Budapest".repeat(100), key("Budapest")],
  ],
};

const numberWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const spelledNumbers: Case[] = [
  ...numberWords.map((word, value): Case => [word, key(String(value))]),
  ...tens.flatMap((ten, index) => [1, 5, 9].map((unit): Case => [`${ten}-${numberWords[unit]}`, key(String((index + 2) * 10 + unit))])),
];
const offByOneNumbers: Case[] = [
  ...numberWords.slice(1).map((word, index): Case => [word, key(String(index + 2))]),
  ...[1914, 1989, 2001, 2014, 2020, 2024, 2029].flatMap((year) => [[String(year + 1), key(String(year))] as Case, [String(year - 1), key(`in ${year}`)] as Case]),
];
const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const monthForms: Case[] = months.flatMap((month, index) => {
  const iso = `2029-${String(index + 1).padStart(2, "0")}-13`;
  return [[`${month.slice(0, 3)}. 13`, key(`${month} 13`)] as Case, [`13 ${month} 2029`, key(iso)] as Case, [`${month} 13, 2029`, key(iso)] as Case];
});
const wrongMonths: Case[] = months.map((month, index): Case => [`${months[(index + 1) % 12]} 13`, key(`${month} 13`)]);

describe("accepted answers", () => {
  for (const [group, cases] of Object.entries({ ...accepted, "spelled numbers": spelledNumbers, "month names and ISO dates": monthForms })) {
    test.each(cases)(`${group}: %p is accepted for %o`, (response, answerKey) => {
      expect(matchTypedAnswer(response, answerKey)).toMatchObject({ correct: true });
    });
  }
});

describe("refused answers (near misses)", () => {
  for (const [group, cases] of Object.entries({ ...refused, "numbers off by one": offByOneNumbers, "a neighbouring month": wrongMonths })) {
    test.each(cases)(`${group}: %p is refused for %o`, (response, answerKey) => {
      expect(matchTypedAnswer(response, answerKey)).toEqual({ correct: false, via: null });
    });
  }
});

test.each([
  ["Budapest", "exact"],
  ["budapest.", "exact"],
  ["Budapset", "typo"],
] as const)("%p is accepted via %p", (response, via) => {
  expect(matchTypedAnswer(response, key("Budapest"))).toEqual({ correct: true, via });
});

test("dates, numbers and names say why they were accepted", () => {
  expect(matchTypedAnswer("16 Oct", key("October 16")).via).toBe("date");
  expect(matchTypedAnswer("2.5 hours", key("2.5", { prompt: "How many hours?" })).via).toBe("number");
  expect(matchTypedAnswer("Putin", inArticle("Vladimir Putin")).via).toBe("name");
});

test.each([
  [1, 0],
  [3, 0],
  [4, 1],
  [6, 1],
  [7, 2],
  [11, 2],
  [12, 3],
  [40, 3],
])("a %i-letter answer allows %i typos", (length, allowed) => {
  expect(typoAllowance(length)).toBe(allowed);
});
