/**
 * Orders of text shared by the sorts of long lists. One collator made once: `a.localeCompare(b, 'ja')` looks its
 * collator up anew on every call, which in a sort of a national set's 1,800 rows was a good part of a filter's time
 * (4× CPU: some 45 ms of the ranking's sort alone). The same orders as those calls (Intl.Collator is what they use).
 */
/** Names, in Japanese order: as `a.localeCompare(b, 'ja')`. */
export const compareJa: (a: string, b: string) => number = new Intl.Collator('ja').compare;
/** Codes and other text in the browser's own order: as `a.localeCompare(b)`. */
export const compareText: (a: string, b: string) => number = new Intl.Collator().compare;
