// The results as a person reads them: one table of throughput and latency, the
// targets with their verdicts, the front-end figures and the machine they came from.
import fs from "node:fs";

const MIB = 1024 * 1024;

const number = (value, digits = 0) => value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const rate = (value) => number(value, value < 100 ? 1 : 0);
const ms = (value) => (value === undefined ? "–" : number(value, value < 10 ? 1 : 0));
const kb = (bytes) => `${number(bytes / 1000, 1)} kB`;
const ratio = (value) => (value === null || value === undefined ? "–" : number(value, 2));

function table(head, rows) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  const align = head.map((_, i) => (i === 0 ? "---" : "---:"));
  return [line(head), line(align), ...rows.map(line)].join("\n");
}

/** The table of HTTP scenarios (and the raw hash rate beside login). */
export function scenarioTable(rows) {
  return table(
    ["scenario", "connections", "requests/s", "p50 ms", "p99 ms", "× baseline", "CPU ms/req", "failed", "peak RSS"],
    rows.map((row) =>
      row.skipped
        ? [row.label, String(row.connections ?? "–"), `not measured: ${row.skipped}`, "", "", "", "", "", ""]
        : [
            row.label,
            String(row.connections),
            rate(row.rps),
            ms(row.p50),
            ms(row.p99),
            ratio(row.ratio),
            row.cpuPerRequest === undefined ? "–" : number(row.cpuPerRequest, 2),
            row.failures === undefined ? "–" : String(row.failures),
            row.rss ? `${number(row.rss / MIB)} MiB` : "–",
          ],
    ),
  );
}

/** The few rows the README shows: requests/s, p99 and ratio, one line each. */
export function keyRowsTable(rows) {
  return table(
    ["scenario", "connections", "requests/s", "p99 ms", "× baseline"],
    rows.map((row) => [row.label, String(row.connections), rate(row.rps), ms(row.p99), ratio(row.ratio)]),
  );
}

export function targetTable(targets) {
  return table(
    ["target", "measured", "verdict"],
    targets.map((t) => [t.label, t.measured, t.verdict]),
  );
}

/** Evaluates one target: `value` null means it could not be measured in this run. */
export function target(label, value, { atLeast, below, format, missing }) {
  if (value === null || value === undefined) return { label, measured: "–", verdict: `not measured: ${missing}`, met: null };
  const met = atLeast !== undefined ? value >= atLeast : value < below;
  return { label, measured: format(value), verdict: met ? "met" : "**missed**", met };
}

export function frontEndLines({ firstLoad, lighthouse }) {
  const lines = [];
  if (firstLoad.error) {
    lines.push(`- First-load JS: not measured: ${firstLoad.error}`);
  } else {
    lines.push(
      `- First-load JS of \`${firstLoad.pagePath}\` (gzip level 9, the chunks its HTML loads, from the build output): **${kb(firstLoad.page)}** in ${firstLoad.pageChunkCount} chunks; ` +
        `a bare Next.js page built with the same Next.js: ${kb(firstLoad.bare)} in ${firstLoad.bareChunkCount} chunks; ` +
        `the app adds **${kb(firstLoad.added)}**.`,
    );
  }
  if (lighthouse.error) {
    lines.push(`- Lighthouse: not measured: ${lighthouse.error}`);
  } else {
    lines.push(
      `- Lighthouse 12.2.3 performance of \`${new URL(lighthouse.url).pathname}\` (default mobile settings, median of ${lighthouse.runs} run${lighthouse.runs === 1 ? "" : "s"}: ${lighthouse.scores.join(", ")}): ` +
        `**${lighthouse.score}**; LCP ${ms(lighthouse.lcp)} ms, FCP ${ms(lighthouse.fcp)} ms, TBT ${ms(lighthouse.tbt)} ms, CLS ${number(lighthouse.cls, 3)}, Speed Index ${ms(lighthouse.speedIndex)} ms.`,
    );
  }
  return lines;
}

export function memoryLine(memory) {
  return (
    `- Memory: next-server's peak RSS (VmHWM) **${number(memory.peakRss / MIB)} MiB** ` +
    `(${number(memory.idleRss / MIB)} MiB when it started serving); the whole process tree under npm peaked at ${number(memory.peakTreeRss / MIB)} MiB (sampled every 250 ms).`
  );
}

export function machineLines(machine) {
  return [
    `- Date: ${machine.date}`,
    `- Machine: ${machine.cpu}, ${machine.cores} cores, ${number(machine.memoryGiB, 0)} GiB RAM; Node ${machine.node}`,
    `- Database: ${machine.database}`,
    `- Code: ${machine.commit}; mode: ${machine.mode}; the whole run took ${number(machine.seconds)} s`,
    `- Load average (1 min) before the run: ${number(machine.loadBefore, 2)}, after: ${number(machine.loadAfter, 2)} (the run's own work included); ` +
      `other processes wanting a core during the run: ${number(machine.otherRunnable, 2)} on average (sampled every second)` +
      (machine.loadBefore >= 1 || machine.otherRunnable >= 0.25
        ? " (**the machine was busy: other work competed for the two cores, so the figures are lower and noisier than on a quiet machine; the ratios, measured side by side, suffer less**)"
        : ""),
  ];
}

const BEGIN = "<!-- bench:begin (written by `npm run bench`; edit only outside these markers) -->";
const END = "<!-- bench:end -->";

/**
 * Replaces the generated part of `file` (between the markers) and keeps the rest, so
 * the analysis written beside the numbers survives a new run.
 */
export function writeBetweenMarkers(file, generated, { title, begin = BEGIN, end = END }) {
  const block = `${begin}\n${generated.trim()}\n${end}`;
  const existing = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null;
  if (existing !== null && existing.includes(begin) && existing.includes(end)) {
    const before = existing.slice(0, existing.indexOf(begin));
    const after = existing.slice(existing.indexOf(end) + end.length);
    fs.writeFileSync(file, `${before}${block}${after}`);
    return true;
  }
  if (title === undefined) return false;
  fs.writeFileSync(file, `# ${title}\n\n${block}\n`);
  return true;
}

export const README_MARKERS = {
  begin: "<!-- bench:summary:begin (written by `npm run bench`) -->",
  end: "<!-- bench:summary:end -->",
};
