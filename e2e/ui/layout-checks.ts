// What "the demo chrome is out of the way" means, checked in the browser: the document never
// scrolls sideways, and the inspector's dock at the bottom of the window hides no heading,
// button or form field for good (each one, scrolled into view, is clear of it) and not the
// end of the page either.
import { expect, type Page } from "@playwright/test";

export type LayoutProblems = { sidewaysScroll: number; covered: string[]; footerUnderDock: boolean };

/** Reads the current page's layout problems; scrolls the page while it looks, and back to the top. */
export async function layoutProblems(page: Page): Promise<LayoutProblems> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const sidewaysScroll = root.scrollWidth - root.clientWidth;
    const dock = document.querySelector(".inspector-dock");
    const covered: string[] = [];
    let footerUnderDock = false;
    if (dock) {
      // A pixel's tolerance: scrolling lands on fractions of a pixel.
      const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
      const targets = document.querySelectorAll<HTMLElement>("h1, h2, h3, h4, button, input, select, textarea, [role=button]");
      for (const target of targets) {
        if (dock.contains(target)) continue;
        const before = target.getBoundingClientRect();
        if (before.width <= 1 || before.height <= 1) continue; // hidden, or visually hidden on purpose
        target.scrollIntoView({ block: "nearest", inline: "nearest" });
        if (overlaps(target.getBoundingClientRect(), dock.getBoundingClientRect())) {
          const name = (target.getAttribute("aria-label") ?? target.textContent ?? "").trim().slice(0, 40);
          covered.push(`${target.tagName.toLowerCase()} "${name}"`);
        }
      }
      window.scrollTo(0, root.scrollHeight);
      const footer = document.querySelector("footer");
      footerUnderDock = !!footer && footer.getBoundingClientRect().bottom > dock.getBoundingClientRect().top + 0.5;
    }
    window.scrollTo(0, 0);
    return { sidewaysScroll, covered, footerUnderDock };
  });
}

export async function expectLayoutClean(page: Page, what: string): Promise<void> {
  expect(await layoutProblems(page), `the layout of ${what}`).toEqual({ sidewaysScroll: 0, covered: [], footerUnderDock: false });
}
