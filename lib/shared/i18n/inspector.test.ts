import { describe, expect, it } from "vitest";
import { inspectorEn } from "./inspector-en";
import { inspectorHi } from "./inspector-hi";
import { codeSpans, formatDuration, placeholdersOf, translate, type InspectorKey } from "./inspector";

const keys = Object.keys(inspectorEn) as InspectorKey[];
const DEVANAGARI = /[\u0900-\u097F]/;

// Technical labels that read the same in both languages: the Hindi texts keep words
// like token, refresh and header as they are. Every other Hindi text is Devanagari.
const SAME_IN_BOTH: InspectorKey[] = [
  "status.mode.cookie",
  "status.mode.localStorage",
  "diagram.phase.login",
  "diagram.phase.call",
  "diagram.phase.refresh",
  "diagram.phase.retry",
  "diagram.arrow.login",
  "diagram.arrow.tokens",
  "diagram.arrow.call",
  "diagram.arrow.ok",
  "diagram.arrow.401",
  "diagram.arrow.refresh",
  "access.title",
  "access.header",
  "access.claims",
  "table.claim",
  "table.value",
  "refresh.title",
  "where.token",
  "family.device",
  "timeline.status",
  "event.request",
  "event.refresh",
  "event.retry",
  "panel.toggle",
];

describe("the inspector's dictionaries", () => {
  it("have exactly the same keys", () => {
    expect(Object.keys(inspectorHi).sort()).toEqual([...keys].sort());
  });

  it("have no empty or blank value", () => {
    for (const dictionary of [inspectorEn, inspectorHi] as Record<string, string>[]) {
      for (const [key, value] of Object.entries(dictionary)) expect(value.trim(), key).not.toBe("");
    }
  });

  it("use the same placeholders and an even number of backticks in both languages", () => {
    for (const key of keys) {
      expect(placeholdersOf(inspectorHi[key]), key).toEqual(placeholdersOf(inspectorEn[key]));
      expect(inspectorHi[key].split("`").length % 2, key).toBe(1);
      expect(inspectorEn[key].split("`").length % 2, key).toBe(1);
    }
  });

  it("translate every text into Devanagari Hindi, except the technical labels that read the same", () => {
    const same = keys.filter((key) => inspectorHi[key] === inspectorEn[key]);
    expect(same.sort()).toEqual([...SAME_IN_BOTH].sort());
    for (const key of keys.filter((k) => !SAME_IN_BOTH.includes(k))) {
      expect(inspectorHi[key], key).toMatch(DEVANAGARI);
    }
  });

  it("leave no English sentence in Hindi: outside code spans, at most three Latin-script words in a row", () => {
    const latinRuns = (text: string) => {
      const words = text
        .replace(/`[^`]*`/g, " ")
        .split(/\s+/)
        .filter(Boolean);
      const runs: string[] = [];
      let run: string[] = [];
      for (const word of [...words, "।"]) {
        if (/\p{Script=Latin}/u.test(word) && !/\p{Script=Devanagari}/u.test(word)) run.push(word);
        else {
          if (run.length > 3) runs.push(run.join(" "));
          run = [];
        }
      }
      return runs;
    };
    // The diagram's arrows are protocol notation ("POST /auth/refresh (refresh token)").
    const prose = keys.filter((key) => !key.startsWith("diagram.arrow."));
    expect(prose.flatMap((key) => latinRuns(inspectorHi[key]).map((run) => `${key}: ${run}`))).toEqual([]);
  });

  it("keep code spans such as `token_expired` identical, since they are literal values", () => {
    const codeOf = (text: string) =>
      codeSpans(text)
        .filter((part) => part.code)
        .map((part) => part.text);
    for (const key of keys) expect(codeOf(inspectorHi[key]).sort(), key).toEqual(codeOf(inspectorEn[key]).sort());
  });
});

describe("translate and formatDuration", () => {
  it("fill in placeholders and leave unknown ones visible", () => {
    expect(translate("en", "status.signedIn", { name: "Asha" })).toBe("Signed in as Asha.");
    expect(translate("hi", "status.signedIn", { name: "Asha" })).toBe("आप Asha के रूप में signed in हैं।");
    expect(translate("en", "status.signedIn")).toBe("Signed in as {name}.");
  });

  it("spell a duration in its largest even unit", () => {
    expect(formatDuration("en", 1800)).toBe("30 minutes");
    expect(formatDuration("en", 604800)).toBe("7 days");
    expect(formatDuration("en", 3600)).toBe("1 hour");
    expect(formatDuration("en", 30)).toBe("30 seconds");
    expect(formatDuration("en", 90)).toBe("90 seconds");
    expect(formatDuration("en", 1)).toBe("1 second");
    expect(formatDuration("hi", 1800)).toBe("30 मिनट");
    expect(formatDuration("hi", 3)).toBe("3 सेकंड");
  });

  it("split code spans out of a text", () => {
    expect(codeSpans("answers 401 `token_expired` now")).toEqual([
      { code: false, text: "answers 401 " },
      { code: true, text: "token_expired" },
      { code: false, text: " now" },
    ]);
  });
});
