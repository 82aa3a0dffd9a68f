/** A same-origin path to go to after sign-in; anything else (absolute, protocol-relative) falls back to "/". */
export function safeCallbackPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  return value.slice(0, 512);
}
