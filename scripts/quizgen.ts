/**
 * Command line for the question generator:
 *
 *   npm run -s quizgen -- path/to/article.txt [--published 2025-10-17] [--seed 1] [--max 40]
 *
 * The first line of the file is the title, the rest is the body. The result of
 * `generateDeck` is printed as JSON on stdout. Any unusable input ends the process
 * with a non-zero exit code and one line on stderr (see docs/quizgen.md).
 */
import { readFileSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";


/** Exit codes, documented in docs/quizgen.md. */
const EXIT = { ok: 0, internal: 1, usage: 2, input: 3 } as const;

/** Same ceiling as the generator; checked on bytes first so a huge file is never decoded. */
const MAX_CHARS = 200_000;
const MAX_BYTES = MAX_CHARS * 4;

const USAGE =
  "usage: npm run -s quizgen -- <article.txt> [--published YYYY-MM-DD] [--seed N] [--max N]";

class CliError extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
  ) {
    super(message);
  }
}

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "not a calendar date");

const integerFlag = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, "expected a whole number")
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

const cliArgsSchema = z.object({
  file: z.string().min(1, "missing article path"),
  published: isoDate.optional(),
  seed: integerFlag(0, 2 ** 31 - 1).default(1),
  max: integerFlag(1, 1000).optional(),
});

type CliArgs = z.infer<typeof cliArgsSchema>;

const argsConfig = {
  options: {
    published: { type: "string" },
    seed: { type: "string" },
    max: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
  allowPositionals: true,
  strict: true,
} as const;

function parseCliArgs(argv: string[]): CliArgs {
  let parsed: ReturnType<typeof parseArgs<typeof argsConfig>>;
  try {
    parsed = parseArgs({ args: argv, ...argsConfig });
  } catch (err) {
    throw new CliError(EXIT.usage, `${oneLine(err)}; ${USAGE}`);
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(EXIT.ok);
  }
  if (parsed.positionals.length > 1) {
    throw new CliError(EXIT.usage, `expected one article path, got ${parsed.positionals.length}; ${USAGE}`);
  }
  const result = cliArgsSchema.safeParse({
    file: parsed.positionals[0] ?? "",
    published: parsed.values.published,
    seed: parsed.values.seed,
    max: parsed.values.max,
  });
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.path.join(".") ?? "";
    const what = field === "file" ? "" : `invalid --${field}: `;
    throw new CliError(EXIT.usage, `${what}${issue?.message ?? "invalid arguments"}; ${USAGE}`);
  }
  return result.data;
}

/** Reads the article as UTF-8 text, refusing what is not a readable text file. */
function readArticle(file: string): { title: string; text: string } {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new CliError(EXIT.input, `${file}: not a regular file`);
    size = stat.size;
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(EXIT.input, `${file}: cannot read file (${errorCode(err)})`);
  }
  if (size > MAX_BYTES) {
    throw new CliError(EXIT.input, `${file}: too large (${size} bytes; the limit is ${MAX_CHARS} characters)`);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw new CliError(EXIT.input, `${file}: cannot read file (${errorCode(err)})`);
  }
  if (bytes.includes(0)) throw new CliError(EXIT.input, `${file}: binary file (contains NUL bytes)`);
  let raw: string;
  try {
    raw = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(EXIT.input, `${file}: not valid UTF-8 text`);
  }
  // Offsets in the output refer to the body after these two normalisations.
  const content = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (content.length > MAX_CHARS) {
    throw new CliError(EXIT.input, `${file}: too large (${content.length} characters; the limit is ${MAX_CHARS})`);
  }
  if (content.trim() === "") throw new CliError(EXIT.input, `${file}: empty file`);
  const newline = content.indexOf("\n");
  const title = (newline === -1 ? content : content.slice(0, newline)).trim();
  const text = newline === -1 ? "" : content.slice(newline + 1);
  return { title, text };
}

function errorCode(err: unknown): string {
  if (err && typeof err === "object" && "code" in err && typeof err.code === "string") return err.code;
  return oneLine(err);
}

function oneLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.replace(/\s+/g, " ").trim();
}

async function main(argv: string[]): Promise<number> {
  const args = parseCliArgs(argv);
  const { title, text } = readArticle(args.file);
  // Loaded only now: the NLP models take a while, and usage errors should answer at once.
  const { generateDeck, QuizgenInputError } = await import("../lib/quizgen");
  let deck: ReturnType<typeof generateDeck>;
  try {
    deck = generateDeck(
      { title, text, ...(args.published ? { publishedAt: args.published } : {}) },
      { seed: args.seed, ...(args.max !== undefined ? { maxItems: args.max } : {}) },
    );
  } catch (err) {
    if (err instanceof QuizgenInputError) {
      throw new CliError(EXIT.input, `${args.file}: ${err.code}: ${oneLine(err)}`);
    }
    throw err;
  }
  process.stdout.write(`${JSON.stringify(deck, null, 2)}\n`);
  return EXIT.ok;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof CliError) {
      process.stderr.write(`quizgen: ${err.message}\n`);
      process.exitCode = err.exitCode;
    } else {
      process.stderr.write(`quizgen: internal error: ${oneLine(err)}\n`);
      process.exitCode = EXIT.internal;
    }
  },
);
