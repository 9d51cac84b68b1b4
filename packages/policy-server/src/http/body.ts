import { capText, HttpError } from "./errors.js";

/** The default request body limit: 1 MiB. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

const tooLarge = (limit: number) =>
  new HttpError(413, "payload_too_large", `The request body is larger than ${limit} bytes.`, {
    headers: { Connection: "close" },
  });

/**
 * The raw body, refused with 413 as soon as it is known to exceed `limit`: from Content-Length
 * before reading, and while reading when the length is not declared (chunked uploads).
 */
export async function readBody(request: Request, limit: number): Promise<Uint8Array> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > limit) throw tooLarge(limit);
  if (declared !== null) {
    // HTTP framing stops the body at Content-Length, so it is read in one go (the fast path).
    const body = new Uint8Array(await request.arrayBuffer());
    if (body.byteLength > limit) throw tooLarge(limit);
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
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge(limit);
    }
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

/** 415 unless the request says its body is JSON (UTF-8, the only charset JSON allows). */
export function requireJsonContentType(request: Request): void {
  const header = request.headers.get("content-type");
  const [type = "", ...params] = (header ?? "").split(";").map((part) => part.trim().toLowerCase());
  const charset = params.find((param) => param.startsWith("charset="))?.slice("charset=".length);
  const utf8 = charset === undefined || charset === "utf-8" || charset === '"utf-8"';
  if (type === "application/json" && utf8) return;
  throw new HttpError(
    415,
    "unsupported_media_type",
    header === null
      ? "Send the body as JSON with Content-Type: application/json."
      : `Content-Type ${JSON.stringify(capText(header, 100))} is not supported; send application/json (UTF-8).`,
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
