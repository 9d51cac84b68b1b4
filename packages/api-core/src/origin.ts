/** The request a response answers; kept beside the response so error messages can name it. */
export interface RequestOrigin {
  method: string;
  url: string;
}

const origins = new WeakMap<Response, RequestOrigin>();

export function rememberOrigin(response: Response, origin: RequestOrigin): void {
  origins.set(response, origin);
}

export function originOf(response: Response): RequestOrigin {
  return origins.get(response) ?? { method: "UNKNOWN", url: response.url };
}
