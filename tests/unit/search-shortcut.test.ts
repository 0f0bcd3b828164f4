import { afterEach, expect, test, vi } from "vitest";
import { setShortcutEnabled, shortcutEnabled } from "~/lib/search/shortcut";

afterEach(() => {
  vi.unstubAllGlobals();
});

test("the / shortcut is on until the reader switches it off, and can be switched back on", () => {
  const store = new Map<string, string>();
  vi.stubGlobal("localStorage", {
    getItem: (key: string) => store.get(key) ?? null,
    setItem: (key: string, value: string) => store.set(key, value),
    removeItem: (key: string) => store.delete(key),
  });
  expect(shortcutEnabled()).toBe(true);
  setShortcutEnabled(false);
  expect(shortcutEnabled()).toBe(false);
  setShortcutEnabled(true);
  expect(shortcutEnabled()).toBe(true);
});

test("with storage blocked the shortcut stays on and switching it does not throw", () => {
  vi.stubGlobal("localStorage", {
    getItem: () => {
      throw new Error("blocked");
    },
    setItem: () => {
      throw new Error("blocked");
    },
    removeItem: () => {
      throw new Error("blocked");
    },
  });
  expect(() => {
    setShortcutEnabled(false);
  }).not.toThrow();
  expect(shortcutEnabled()).toBe(true);
});
