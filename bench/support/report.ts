import * as os from 'node:os';

/** One suite's figures: a markdown table, plus the ratios the targets are judged on. */
export interface Section {
  title: string;
  intro: string;
  headers: string[];
  rows: string[][];
  /** Named figures for the targets section. */
  summary: Record<string, number>;
}

export function table(headers: readonly string[], rows: readonly string[][]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

export function machine(): string {
  const cpus = os.cpus();
  return [
    `- CPU: ${cpus.length} × ${cpus[0]?.model ?? 'unknown'}`,
    `- Memory: ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB`,
    `- Node: ${process.version} on ${os.platform()} ${os.release()}`,
    `- Date: ${new Date().toISOString()}`,
  ].join('\n');
}

export function renderSection(section: Section): string {
  return `## ${section.title}\n\n${section.intro}\n\n${table(section.headers, section.rows)}\n`;
}
