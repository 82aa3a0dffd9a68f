import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: string; name: string | null; email: string } & Omit<DefaultSession["user"], "name" | "email">;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role: string;
    authTime?: number;
    /** The server-side session this token belongs to (Session.sessionToken); sign-out deletes it. */
    sid?: string;
  }
}
