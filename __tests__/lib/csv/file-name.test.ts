/** @jest-environment node */
import { csvFileName } from "@/lib/csv/write";

test("a long class and deck title keep the export's kind at the end, so grades and item analysis never share a name", () => {
  const title = "Kiprono Breaks Berlin Marathon Course Record in Cool Conditions";
  const grades = csvFileName("QA History 9", title, "grades");
  const analysis = csvFileName("QA History 9", title, "item-analysis");
  expect(grades).toMatch(/^qa-history-9-kiprono-.*-grades\.csv$/);
  expect(analysis).toMatch(/-item-analysis\.csv$/);
  expect(grades.length).toBeLessThanOrEqual(84);
});

test("short names are kept whole and unsafe characters become dashes", () => {
  expect(csvFileName("Géo 7B", "Summit \"quoted\"", "grades")).toBe("geo-7b-summit-quoted-grades.csv");
  expect(csvFileName("", "", "")).toBe("export.csv");
});
