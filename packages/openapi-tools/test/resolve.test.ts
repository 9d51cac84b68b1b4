import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { readManifest } from "../src/manifest.ts";
import { resolveDocument } from "../src/resolve.ts";
import { ToolError } from "../src/tool-error.ts";
import { tempPackage } from "./temp-package.ts";

afterEach(() => {
  nock.cleanAll();
});

/** Options that point every location into the temp package, so nothing real is touched. */
function isolated(pkg: ReturnType<typeof tempPackage>, env: Record<string, string> = {}) {
  const fetched: string[] = [];
  return {
    fetched,
    options: {
      env: { SUPPORT_TOOLS_CACHE: join(pkg.root, "cache"), ...env },
      sharedSpecsDir: join(pkg.root, "no-shared-mirror"),
      fetch: async (url: string) => {
        fetched.push(url);
        return new Response(pkg.documentText);
      },
    },
  };
}

describe("resolveDocument: resolution order", () => {
  it("prefers $SUPPORT_SPECS_DIR", async () => {
    const pkg = tempPackage();
    const { options, fetched } = isolated(pkg, { SUPPORT_SPECS_DIR: pkg.specsDir });
    const resolved = await resolveDocument(await readManifest(pkg.manifestPath), {
      ...options,
      sharedSpecsDir: pkg.specsDir,
    });
    expect(resolved.origin).toBe("SUPPORT_SPECS_DIR");
    expect(resolved.path).toBe(join(pkg.specsDir, "pets", "pets.json"));
    expect(fetched).toEqual([]);
  });

  it("uses the shared mirror when SUPPORT_SPECS_DIR is unset", async () => {
    const pkg = tempPackage();
    const { options } = isolated(pkg);
    const resolved = await resolveDocument(await readManifest(pkg.manifestPath), {
      ...options,
      sharedSpecsDir: pkg.specsDir,
    });
    expect(resolved.origin).toBe("shared specs");
  });

  it("downloads into the cache when there is no local copy, then reuses the cache", async () => {
    const pkg = tempPackage();
    const manifest = await readManifest(pkg.manifestPath);
    const { options, fetched } = isolated(pkg);
    const first = await resolveDocument(manifest, options);
    expect(first.origin).toBe("download");
    expect(fetched).toEqual([manifest.url]);
    expect(first.path).toBe(join(pkg.root, "cache", "specs", "pets", "pets.json"));
    expect(readFileSync(first.path, "utf8")).toBe(pkg.documentText);

    const second = await resolveDocument(manifest, options);
    expect(second.origin).toBe("download cache");
    expect(fetched).toHaveLength(1);
  });

  it("downloads with the global fetch by default (intercepted here, never the internet)", async () => {
    const pkg = tempPackage();
    const scope = nock("https://raw.example.test")
      .get("/pets/0123abc/pets.json")
      .reply(200, pkg.documentText);
    const { options } = isolated(pkg);
    const { fetch: _injected, ...withoutFetch } = options;
    expect((await resolveDocument(await readManifest(pkg.manifestPath), withoutFetch)).origin).toBe(
      "download",
    );
    scope.done();
  });

  it("replaces a stale cached copy instead of failing", async () => {
    const pkg = tempPackage();
    const cached = join(pkg.root, "cache", "specs", "pets", "pets.json");
    mkdirSync(join(pkg.root, "cache", "specs", "pets"), { recursive: true });
    writeFileSync(cached, "{}");
    const { options, fetched } = isolated(pkg);
    const log: string[] = [];
    const resolved = await resolveDocument(await readManifest(pkg.manifestPath), {
      ...options,
      log: (m) => log.push(m),
    });
    expect(resolved.origin).toBe("download");
    expect(fetched).toHaveLength(1);
    expect(log[0]).toContain("does not match the manifest; downloading it again");
    expect(readFileSync(cached, "utf8")).toBe(pkg.documentText);
  });
});

describe("resolveDocument: failures", () => {
  it("explains a checksum mismatch: file, both digests and how to accept a new document", async () => {
    const pkg = tempPackage();
    writeFileSync(join(pkg.specsDir, "pets", "pets.json"), `${pkg.documentText}\n`);
    const manifest = await readManifest(pkg.manifestPath);
    const error = await resolveDocument(manifest, {
      ...isolated(pkg).options,
      sharedSpecsDir: pkg.specsDir,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ToolError);
    const message = (error as Error).message;
    expect(message).toContain("pets/pets.json (shared specs:");
    expect(message).toContain(`pins ${manifest.sha256}`);
    expect(message).toMatch(/has sha256 [0-9a-f]{64}/);
    expect(message).toContain("run `pnpm generate`");
    expect(message).toContain("re-check every overlay");
    expect(message).not.toContain("\n");
  });

  it("refuses a download whose digest does not match and caches nothing", async () => {
    const pkg = tempPackage();
    const { options } = isolated(pkg);
    const tampered = { ...options, fetch: async () => new Response("{}") };
    await expect(resolveDocument(await readManifest(pkg.manifestPath), tampered)).rejects.toThrow(
      /downloaded from https:\/\/raw\.example\.test.* has sha256/,
    );
    expect(existsSync(join(pkg.root, "cache", "specs", "pets", "pets.json"))).toBe(false);
  });

  it("says how to work offline when the download fails", async () => {
    const pkg = tempPackage();
    const { options } = isolated(pkg);
    const offline = {
      ...options,
      fetch: async () => {
        throw new TypeError("fetch failed", {
          cause: new Error("getaddrinfo ENOTFOUND raw.example.test"),
        });
      },
    };
    await expect(resolveDocument(await readManifest(pkg.manifestPath), offline)).rejects.toThrow(
      "could not download pets/pets.json from https://raw.example.test/pets/0123abc/pets.json: getaddrinfo ENOTFOUND raw.example.test. Set SUPPORT_SPECS_DIR",
    );
    const notFound = { ...options, fetch: async () => new Response("", { status: 404 }) };
    await expect(resolveDocument(await readManifest(pkg.manifestPath), notFound)).rejects.toThrow(
      ": HTTP 404.",
    );
  });

  it("names the missing file when SUPPORT_SPECS_DIR points at the wrong directory", async () => {
    const pkg = tempPackage();
    const { options } = isolated(pkg, { SUPPORT_SPECS_DIR: join(pkg.root, "elsewhere") });
    await expect(resolveDocument(await readManifest(pkg.manifestPath), options)).rejects.toThrow(
      `${join(pkg.root, "elsewhere", "pets", "pets.json")} does not exist`,
    );
  });
});

describe("readManifest", () => {
  it("names the field that is wrong", async () => {
    const pkg = tempPackage();
    const manifest = JSON.parse(readFileSync(pkg.manifestPath, "utf8"));
    writeFileSync(pkg.manifestPath, JSON.stringify({ ...manifest, sha256: "ABC" }));
    await expect(readManifest(pkg.manifestPath)).rejects.toThrow(
      `"sha256" must be 64 lower-case hex digits`,
    );
    writeFileSync(pkg.manifestPath, JSON.stringify({ ...manifest, document: "../etc/passwd" }));
    await expect(readManifest(pkg.manifestPath)).rejects.toThrow(
      `"document" must be a relative path`,
    );
  });
});
