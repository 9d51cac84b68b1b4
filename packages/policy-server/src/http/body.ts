import { capText, HttpError } from "./errors.js";

/** The default request body limit: 1 MiB. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

/**
 * How much of an oversized body is still read (and thrown away) before the 413 goes out. Clients
 * such as Python's urllib send the whole body before they read the answer; cut off mid-upload,
 * they see a broken pipe instead of the 413. Past this much the connection is closed instead.
 */
export const drainLimit = (limit: number): number => Math.max(32 * 1024 * 1024, 2 * limit);

const tooLarge = (limit: number, closing: boolean) =>
  new HttpError(413, "payload_too_large", `The request body is larger than ${limit} bytes.`, {
    ...(closing ? { headers: { Connection: "close" } } : {}),
  });

/** Reads to the end without keeping anything, up to `cap` bytes in all; true if it got there. */
async function discard(reader: ReadableStreamDefaultReader<Uint8Array>, read: number, cap: number) {
  let size = read;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return true;
    size += value.byteLength;
    if (size > cap) {
      await reader.cancel().catch(() => {});
      return false;
    }
  }
}

/**
 * The raw body, or a 413 once it is known to exceed `limit`: from Content-Length before reading,
 * while reading when no length is declared (chunked uploads). An oversized body is drained up to
 * `drainLimit` first, so the client can read the 413.
 */
export async function readBody(request: Request, limit: number): Promise<Uint8Array> {
  const declared = request.headers.get("content-length");
  const cap = drainLimit(limit);
  if (declared !== null && Number(declared) > limit) {
    const drained =
      Number(declared) <= cap && request.body !== null
        ? await discard(request.body.getReader(), 0, cap)
        : false;
    throw tooLarge(limit, !drained);
  }
  if (declared !== null) {
    // HTTP framing stops the body at Content-Length, so it is read in one go (the fast path).
    const body = new Uint8Array(await request.arrayBuffer());
    if (body.byteLength > limit) throw tooLarge(limit, false);
    return body;
  }
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) throw tooLarge(limit, !(await discard(reader, size, cap)));
    chunks.push(value);
  }
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/**
 * 415 when the request says its body is something other than JSON in UTF-8 (the only charset
 * JSON allows). A body without any Content-Type is taken as JSON: scripts often leave it out.
 */
export function requireJsonContentType(request: Request): void {
  const header = request.headers.get("content-type");
  if (header === null) return;
  const [type = "", ...params] = header.split(";").map((part) => part.trim().toLowerCase());
  const charset = params.find((param) => param.startsWith("charset="))?.slice("charset=".length);
  const utf8 = charset === undefined || charset === "utf-8" || charset === '"utf-8"';
  if (type === "application/json" && utf8) return;
  throw new HttpError(
    415,
    "unsupported_media_type",
    `Content-Type ${JSON.stringify(capText(header, 100))} is not supported; send application/json (UTF-8).`,
  );
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/** The body as JSON, or a 400 saying why it is not. */
export function parseJson(body: Uint8Array): unknown {
  if (body.byteLength === 0) {
    throw new HttpError(400, "invalid_json", "The request body is empty; send a JSON object.");
  }
  let text: string;
  try {
    text = decoder.decode(body);
  } catch {
    throw new HttpError(400, "invalid_json", "The request body is not valid UTF-8.");
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    // A deeply nested body can exhaust the stack instead of failing to parse: both are bad JSON.
    const reason = error instanceof SyntaxError ? error.message : "it is nested too deeply";
    throw new HttpError(400, "invalid_json", `The request body is not valid JSON: ${reason}`);
  }
}
