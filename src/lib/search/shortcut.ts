/** The key that jumps to search, and the reader's choice to switch it off (WCAG 2.1.4). */
export const SHORTCUT_KEY = "/";

const STORAGE_KEY = "search-shortcut";

/** Whether the `/` shortcut is on: it is unless the reader switched it off on this browser. */
export function shortcutEnabled(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) !== "off";
  } catch {
    // Storage blocked (private modes): the reader cannot have switched it off.
    return true;
  }
}

/** Remembers whether the reader wants the shortcut; the choice lasts for this page if storage is blocked. */
export function setShortcutEnabled(enabled: boolean): void {
  try {
    if (enabled) localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, "off");
  } catch {
    // Nothing to remember it in.
  }
}
