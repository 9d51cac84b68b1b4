const JSON_MEDIA_TYPE = /[/+]json\b/i;
const SNIPPET_LENGTH = 200;

export type JsonBodyProblem = { problem: string; snippet: string } | undefined;

/** Whether every media range the request accepts is a JSON one (the clients send `application/json`). */
export function acceptsOnlyJson(accept: string | null): boolean {
  if (!accept) return false;
  return accept.split(",").every((range) => JSON_MEDIA_TYPE.test(range));
}

/**
 * Reads a successful response's body from a clone (the original stays readable) and reports why
 * it is unusable: not valid JSON although it claims to be, or not JSON although only JSON was asked for.
 */
export async function checkJsonBody(
  response: Response,
  wantsJson: boolean,
): Promise<JsonBodyProblem> {
  const contentType = response.headers.get("content-type");
  const claimsJson = contentType !== null && JSON_MEDIA_TYPE.test(contentType);
  if (!claimsJson && !wantsJson) return undefined;
  const text = await response.clone().text();
  if (text.trim() === "") return undefined;
  const snippet = text.length > SNIPPET_LENGTH ? `${text.slice(0, SNIPPET_LENGTH)}…` : text;
  if (contentType !== null && !claimsJson) {
    return { problem: `a ${contentType} body where JSON was expected`, snippet };
  }
  try {
    JSON.parse(text);
    return undefined;
  } catch {
    return { problem: "a body that is not valid JSON", snippet };
  }
}
