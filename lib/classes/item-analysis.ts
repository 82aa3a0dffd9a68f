/** Options are flagged (never picked, picked by most) only once enough students answered for that to mean something. */
export const MIN_ANSWERS_FOR_DISTRACTOR_FLAG = 5;
