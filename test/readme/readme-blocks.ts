import * as fs from 'node:fs';

/**
 * The README's shell blocks, as the README test runs them. The convention (README, "Working on
 * it"): every ```sh block runs, top to bottom, in one shell against one fresh server; a block
 * that must not (it installs, starts the server, or needs it stopped) is preceded by
 * `<!-- readme-test: skip (why) -->`; a command meant to fail ends with a comment that starts
 * with its HTTP status, e.g. `# 409 GROUP.HAS_CHILDREN`.
 */
export interface ShellBlock {
  /** README line of the block's first command line (1-based). */
  firstLine: number;
  lines: string[];
  /** Why it does not run, when marked so. */
  skip?: string;
}

const SKIP = /^<!--\s*readme-test:\s*skip\b\s*(.*?)\s*-->$/;
/** A trailing comment that starts with a status: `# 404: nothing recorded by then`. */
const EXPECTED_STATUS = /\s#\s*([1-5]\d\d)\b[^'"]*$/;

export function shellBlocks(file: string): ShellBlock[] {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const blocks: ShellBlock[] = [];
  for (let index = 0; index < lines.length; index++) {
    if (!/^\s*```sh\s*$/.test(lines[index])) continue;
    const indent = /^\s*/.exec(lines[index])![0];
    const end = lines.findIndex((line, at) => at > index && line.trim() === '```');
    const before = lines
      .slice(0, index)
      .reverse()
      .find((line) => line.trim() !== '');
    const skip = before && SKIP.exec(before.trim());
    blocks.push({
      firstLine: index + 2,
      lines: lines.slice(index + 1, end).map((line) => line.replace(indent, '')),
      skip: skip ? skip[1] || 'marked skip' : undefined,
    });
    index = end;
  }
  return blocks;
}

/**
 * The statuses the README expects, by the first README line of the command that is marked. A
 * command continued with `\\` spans several lines, and bash may report any of them: `commandOf`
 * maps each to the first.
 */
export function expectedStatuses(blocks: readonly ShellBlock[]): {
  expected: Map<number, number>;
  commandOf: (line: number) => number;
} {
  const expected = new Map<number, number>();
  const first = new Map<number, number>();
  for (const block of blocks.filter((each) => !each.skip)) {
    let start: number | undefined;
    let status: number | undefined;
    block.lines.forEach((line, at) => {
      const number = block.firstLine + at;
      start ??= number;
      first.set(number, start);
      const marked = EXPECTED_STATUS.exec(line);
      if (marked) status = Number(marked[1]);
      if (line.trimEnd().endsWith('\\')) return;
      if (status !== undefined) expected.set(start, status);
      start = status = undefined;
    });
  }
  return { expected, commandOf: (line) => first.get(line) ?? line };
}

/**
 * One bash script of every block that runs, each line at its README line number (the lines
 * between are blank), so that `BASH_LINENO` names README lines. `curl` reports each answer's
 * status on stderr as `@@ <line> <status>`, the line being the script's outermost caller's (a
 * function such as `post` calls curl on the README's behalf). Run it as a file: `bash -c` has no
 * `main` frame at the bottom of the stack.
 */
export function scriptOf(blocks: readonly ShellBlock[], port: number): string {
  const script: string[] = [
    'set -euo pipefail',
    'curl() { local line=${BASH_LINENO[$((${#BASH_LINENO[@]} - 2))]}; ' +
      'command curl -w "%{stderr}@@ $line %{http_code}\\n" "$@"; }',
    'npm() { (cd "$REPO" && command npm "$@"); }',
  ];
  for (const block of blocks.filter((each) => !each.skip)) {
    while (script.length < block.firstLine - 1) script.push('');
    script.push(
      ...block.lines.map((line) => line.replace(/localhost:3000\b/g, `localhost:${port}`)),
    );
  }
  return script.join('\n') + '\n';
}
