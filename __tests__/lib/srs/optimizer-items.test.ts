import { trainingItems } from "@/lib/srs";

test("each review after a card's first becomes an item holding the card's history, with whole days between reviews; same-day-only histories are left out", () => {
  const logs = [
    { cardId: "a", rating: 3, day: 10 },
    { cardId: "a", rating: 3, day: 11 },
    { cardId: "a", rating: 1, day: 15 },
    { cardId: "b", rating: 4, day: 12 },
    { cardId: "b", rating: 3, day: 12 },
  ];
  expect(trainingItems(logs, (log) => log.day)).toEqual([
    [{ rating: 3, deltaT: 0 }, { rating: 3, deltaT: 1 }],
    [{ rating: 3, deltaT: 0 }, { rating: 3, deltaT: 1 }, { rating: 1, deltaT: 4 }],
  ]);
});

test("undo markers (rating 0) are skipped", () => {
  const logs = [{ cardId: "a", rating: 3, day: 1 }, { cardId: "a", rating: 0, day: 2 }, { cardId: "a", rating: 2, day: 3 }];
  expect(trainingItems(logs, (log) => log.day)).toEqual([[{ rating: 3, deltaT: 0 }, { rating: 2, deltaT: 2 }]]);
});
