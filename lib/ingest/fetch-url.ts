import { lookup as dnsLookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { describeAddress, isPublicAddress } from "./address-policy";
import { ingestError } from "./ingest-error";
import { URL_MAX_BYTES, URL_MAX_REDIRECTS, URL_TIMEOUT_MS } from "./limits";

export type ResolveHost = (host: string) => Promise<string[]>;

export type FetchPolicy = {
  resolve: ResolveHost;
  isAllowedAddress: (address: string) => boolean;
  ports: readonly number[];
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
};

export type FetchedPage = { url: string; contentType: "html" | "text"; body: string };

const defaultResolve: ResolveHost = async (host) => (await dnsLookup(host, { all: true, verbatim: true })).map((a) => a.address);

export const DEFAULT_FETCH_POLICY: FetchPolicy = {
  resolve: defaultResolve,
  isAllowedAddress: isPublicAddress,
  ports: [80, 443],
  timeoutMs: URL_TIMEOUT_MS,
  maxBytes: URL_MAX_BYTES,
  maxRedirects: URL_MAX_REDIRECTS,
};

function parseTarget(raw: string, policy: FetchPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw ingestError("That is not a valid web address. Give a full address starting with https://.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw ingestError("Only http:// and https:// addresses can be fetched.");
  if (url.username || url.password) throw ingestError("Addresses with a user name or password cannot be fetched.");
  const port = url.port ? Number(url.port) : url.protocol === "https:" ? 443 : 80;
  if (!policy.ports.includes(port)) throw ingestError(`Port ${port} is not allowed: only the standard web ports 80 and 443.`);
  return url;
}

/** Resolves the host once and returns the address the connection will use (pinned: no second lookup). */
async function pinAddress(url: URL, policy: FetchPolicy): Promise<string> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  if (net.isIP(host)) addresses = [host];
  else {
    try {
      addresses = await policy.resolve(host);
    } catch {
      throw ingestError(`The host ${host} could not be found. Check the address.`);
    }
  }
  if (addresses.length === 0) throw ingestError(`The host ${host} could not be found. Check the address.`);
  // Every address must be public: otherwise a host with one public and one private record could be steered.
  const refused = addresses.find((address) => !policy.isAllowedAddress(address));
  if (refused) throw ingestError(`Refused: ${host} resolves to ${describeAddress(refused)}. Only public web addresses can be fetched.`);
  return addresses[0]!;
}

type Hop = { status: number; location?: string; contentType: string; body?: string };

function requestOnce(url: URL, address: string, policy: FetchPolicy, deadline: number): Promise<Hop> {
  const client = url.protocol === "https:" ? https : http;
  const remaining = deadline - Date.now();
  if (remaining <= 0) return Promise.reject(ingestError("The site took longer than 10 seconds to answer."));
  return new Promise<Hop>((resolve, rejectWith) => {
    let timedOut = false;
    const timeoutError = () => ingestError("The site took longer than 10 seconds to answer.");
    const reject = (error: Error) => rejectWith(timedOut ? timeoutError() : error);
    const req = client.request(
      {
        host: address,
        port: url.port || (url.protocol === "https:" ? 443 : 80),
        path: `${url.pathname}${url.search}`,
        method: "GET",
        servername: net.isIP(url.hostname) ? undefined : url.hostname,
        headers: { host: url.host, accept: "text/html, text/plain;q=0.9", "user-agent": "Factdeck article import" },
        timeout: remaining,
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const contentType = String(res.headers["content-type"] ?? "").toLowerCase();
        if (status >= 300 && status < 400) {
          res.resume();
          resolve({ status, location: res.headers.location, contentType });
          return;
        }
        if (status < 200 || status >= 300) {
          res.resume();
          reject(ingestError(`The site answered with status ${status}. Check the address, or save the page and upload it.`));
          return;
        }
        if (!/^(text\/html|application\/xhtml\+xml|text\/plain)\b/.test(contentType)) {
          reject(ingestError(`The address returns ${contentType.split(";")[0] || "an unknown type"}, not a web page or plain text.`));
          res.destroy();
          return;
        }
        const declared = Number(res.headers["content-length"] ?? 0);
        if (declared > policy.maxBytes) {
          reject(ingestError("The page is larger than 2 MB. Save the article text and paste or upload it."));
          res.destroy();
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > policy.maxBytes) {
            reject(ingestError("The page is larger than 2 MB. Save the article text and paste or upload it."));
            res.destroy();
            return;
          }
          chunks.push(chunk);
        });
        res.on("end", () => resolve({ status, contentType, body: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", () => reject(ingestError("The connection to the site broke off. Try again.")));
        res.on("aborted", () => reject(ingestError("The connection to the site broke off. Try again.")));
      },
    );
    const stop = () => {
      timedOut = true;
      req.destroy();
    };
    const timer = setTimeout(stop, remaining);
    req.on("timeout", stop);
    req.on("error", () => reject(ingestError("The site could not be reached. Check the address, or save the page and upload it.")));
    req.on("close", () => clearTimeout(timer));
    req.end();
  });
}

/**
 * GETs an article page with the SSRF defences: http/https on ports 80/443 only; the host is
 * resolved here and every address must be public; the connection goes to that resolved
 * address (pinned, so a second DNS answer cannot redirect it); each redirect hop (at most 3)
 * is checked again; 10 s for the whole fetch; 2 MB cap; HTML or plain text only.
 */
export async function fetchArticlePage(raw: string, policy: FetchPolicy = DEFAULT_FETCH_POLICY): Promise<FetchedPage> {
  const deadline = Date.now() + policy.timeoutMs;
  let url = parseTarget(raw, policy);
  for (let hop = 0; ; hop++) {
    const address = await pinAddress(url, policy);
    const result = await requestOnce(url, address, policy, deadline);
    if (result.body !== undefined) {
      const contentType = result.contentType.startsWith("text/plain") ? "text" : "html";
      return { url: url.toString(), contentType, body: result.body };
    }
    if (!result.location) throw ingestError("The site sent a redirect without a destination.");
    if (hop >= policy.maxRedirects) throw ingestError(`Too many redirects (more than ${policy.maxRedirects}).`);
    url = parseTarget(new URL(result.location, url).toString(), policy);
  }
}
