// Input never reaches a message at length: long text is cut, and values are described by their
// kind and size rather than written out (a BigInt, a cycle or deep nesting cannot break that).

/** The text cut to `max` characters, with how much was left out. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}… (${text.length - max} more characters)`;
}

/** A short description of any value: primitives quoted and cut short, objects by kind and size. */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case "string":
      return JSON.stringify(truncate(value, 40));
    case "number":
    case "boolean":
      return String(value);
    case "bigint":
      return `${truncate(value.toString(), 40)}n`;
    case "undefined":
      return "undefined";
    case "symbol":
      return "a symbol";
    case "function":
      return "a function";
  }
  if (value === null) return "null";
  if (Array.isArray(value)) return `a list of ${value.length} items`;
  return "an object";
}
