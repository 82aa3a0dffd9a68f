import { render } from "@testing-library/react";
import { ArticleText } from "@/components/article-text";

test("each sourced sentence carries the anchor quiz feedback and review cards link to", () => {
  const text = "Title line.\nThe summit is in Budapest. Nothing else here.";
  const start = text.indexOf("The summit");
  const { container } = render(<ArticleText text={text} sentences={[{ spanStart: start, spanEnd: start + 26 }]} />);
  expect(container.querySelector(`#sentence-${start}`)?.textContent).toBe("The summit is in Budapest.");
  expect(container.textContent).toBe(text);
});
