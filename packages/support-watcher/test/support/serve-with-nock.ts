import nock from "nock";
import { BASE_URLS, type FakeVendors, type Vendor } from "./fake-vendors.js";

/** Answers every request to the three vendors' production hosts from the fake. */
export function serveWithNock(fake: FakeVendors): void {
  for (const vendor of Object.keys(BASE_URLS) as Vendor[]) {
    const scope = nock(new URL(BASE_URLS[vendor]).origin).persist();
    for (const method of ["GET", "POST", "PUT", "DELETE"]) {
      scope
        .intercept(() => true, method)
        .reply(async (request: Request) => {
          const text = await request.text();
          const { status, body, headers } = fake.handle(
            vendor,
            method,
            new URL(request.url),
            text === "" ? undefined : JSON.parse(text),
          );
          return [
            status,
            body === undefined ? "" : JSON.stringify(body),
            { "content-type": "application/json", ...headers },
          ];
        });
    }
  }
}
