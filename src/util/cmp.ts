// One ordering for every table and array: code-unit order, the same on every machine and locale.
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
