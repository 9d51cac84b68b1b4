// `instanceof` by registered brand instead of by prototype identity, so an error thrown by the
// ESM build is an instance of the CommonJS class (and of a second installed copy), and back.

/** On a branded class's prototype: the brand it registered. `Symbol.for` is shared by every copy. */
const PROTOTYPE_BRAND = Symbol.for("@support/api-core.brand");

type AnyClass = abstract new (...args: never[]) => object;

function hasBrand(value: unknown, brand: string): boolean {
  if (value === null || (typeof value !== "object" && typeof value !== "function")) return false;
  for (let p = Object.getPrototypeOf(value); p !== null; p = Object.getPrototypeOf(p)) {
    if (Object.hasOwn(p, PROTOTYPE_BRAND) && p[PROTOTYPE_BRAND] === brand) return true;
  }
  return false;
}

/**
 * Registers `cls` under `brand` (e.g. `@support/api-core:ApiError`): `x instanceof cls` then
 * holds for every object whose prototype chain carries that brand, whichever copy of the class
 * built it. `name` becomes `name` on the class and its prototype, so messages and stacks read
 * `ApiError: …` even after a bundler renamed the binding. A subclass that registers nothing
 * keeps the ordinary prototype test.
 */
export function registerBrand(cls: AnyClass, brand: string, name: string): void {
  Object.defineProperty(cls.prototype, PROTOTYPE_BRAND, { value: brand });
  Object.defineProperty(cls.prototype, "name", {
    value: name,
    writable: true,
    configurable: true,
    enumerable: false,
  });
  Object.defineProperty(cls, "name", { value: name, configurable: true });
  Object.defineProperty(cls, Symbol.hasInstance, {
    configurable: true,
    value(this: AnyClass, value: unknown): boolean {
      // Inherited by subclasses: one that registered no brand of its own is tested the usual way.
      if (!Object.hasOwn(this.prototype, PROTOTYPE_BRAND)) {
        return Function.prototype[Symbol.hasInstance].call(this, value);
      }
      return hasBrand(value, (this.prototype as Record<symbol, string>)[PROTOTYPE_BRAND] as string);
    },
  });
}
