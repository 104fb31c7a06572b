/**
 * A value made on first use, inside a test, and kept for the tests after it. Test data made in a
 * `describe` body runs while the tests are collected, outside any test, which makes every mutant
 * of the code it runs "static" to StrykerJS: such a mutant runs the whole suite instead of the
 * tests that reach it (docs/mutation.md). `lazy` keeps data out of collection.
 */
export function lazy<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
