/** Kept apart from the zod schemas so client components can read it without bundling zod. */
export const MAX_TYPED_ANSWER = 200;
