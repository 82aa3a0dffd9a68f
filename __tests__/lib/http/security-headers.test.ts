/** @jest-environment node */
import { contentSecurityPolicy, createNonce, securityHeaders } from "@/lib/http/security-headers";

function directive(csp: string, name: string): string {
  return csp.split("; ").find((part) => part.startsWith(`${name} `)) ?? "";
}

test("scripts run only from this origin or with the request's nonce, never inline without it", () => {
  const scripts = directive(contentSecurityPolicy("abc123"), "script-src");
  expect(scripts).toBe("script-src 'self' 'nonce-abc123'");
});

test("development adds eval for React's debugging and the dev socket, production does not", () => {
  expect(directive(contentSecurityPolicy("n", { dev: true }), "script-src")).toContain("'unsafe-eval'");
  expect(contentSecurityPolicy("n")).not.toMatch(/unsafe-eval|ws:/);
});

test("every nonce is new and unguessable (16 random bytes)", () => {
  const nonces = new Set(Array.from({ length: 100 }, createNonce));
  expect(nonces.size).toBe(100);
  for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
});

test.each([
  { url: "https://factdeck.example.org", hsts: "max-age=31536000; includeSubDomains" },
  { url: "http://192.168.1.20:3000", hsts: undefined },
  { url: undefined, hsts: undefined },
])("HSTS for NEXTAUTH_URL=$url is $hsts", ({ url, hsts }) => {
  const headers = securityHeaders(url);
  expect(headers["Strict-Transport-Security"]).toBe(hsts);
  expect(headers["X-Content-Type-Options"]).toBe("nosniff");
  expect(headers["X-Frame-Options"]).toBe("DENY");
});
