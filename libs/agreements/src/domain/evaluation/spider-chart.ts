import type { Evaluation } from './evaluation.decider';
import { roundStatistics } from './statistics';

const SIZE = 480;
const CENTRE = SIZE / 2;
const RADIUS = 170;

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A round's means per dimension as an accessible spider diagram (SVG): a title and a
 * description that say in words what the picture shows, one labelled axis per dimension, the
 * scale's rings, and the round's polygon, with another round's beside it when compared.
 */
export function spiderChart(evaluation: Evaluation, round: number, compareWith?: number): string {
  const { min, max } = evaluation.scale;
  const axes = evaluation.dimensions.length;
  const point = (index: number, value: number) => {
    const angle = (2 * Math.PI * index) / axes - Math.PI / 2;
    const r = (RADIUS * (value - min)) / (max - min);
    return [CENTRE + r * Math.cos(angle), CENTRE + r * Math.sin(angle)]
      .map((n) => n.toFixed(1))
      .join(',');
  };
  const polygon = (which: number, css: string) => {
    const stats = roundStatistics(evaluation, which);
    const points = stats.map((s, i) => point(i, s.mean ?? min)).join(' ');
    return `<polygon class="${css}" points="${points}" fill-opacity="0.25" stroke-width="2"/>`;
  };
  const describe = (which: number) =>
    `Omgång ${which} (${evaluation.rounds[which - 1]!.heldOn}): ` +
    roundStatistics(evaluation, which)
      .map((s) => `${s.label} ${s.mean ?? 'inga svar'}`)
      .join('; ');
  const title = `${evaluation.name}, omgång ${round}${compareWith ? ` jämförd med omgång ${compareWith}` : ''}`;
  const rings = [0.25, 0.5, 0.75, 1].map(
    (f) =>
      `<circle cx="${CENTRE}" cy="${CENTRE}" r="${(RADIUS * f).toFixed(1)}" fill="none" stroke="#ccc"/>`,
  );
  const lines = evaluation.dimensions.map((d, i) => {
    const [x, y] = point(i, max).split(',');
    const [lx, ly] = point(i, max + (max - min) * 0.12).split(',');
    return (
      `<g role="listitem"><line x1="${CENTRE}" y1="${CENTRE}" x2="${x}" y2="${y}" stroke="#888"/>` +
      `<text x="${lx}" y="${ly}" text-anchor="middle" font-size="12">${escape(d.label)}</text></g>`
    );
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}" width="${SIZE}" height="${SIZE}" role="img" aria-labelledby="title desc">`,
    `<title id="title">${escape(title)}</title>`,
    `<desc id="desc">${escape(
      `Skala ${min}–${max}. ${describe(round)}${compareWith ? `. ${describe(compareWith)}` : ''}.`,
    )}</desc>`,
    `<style>.round{fill:#1f6feb;stroke:#1f6feb}.compare{fill:#d29922;stroke:#d29922}</style>`,
    ...rings,
    `<g role="list" aria-label="Dimensioner">${lines.join('')}</g>`,
    ...(compareWith ? [polygon(compareWith, 'compare')] : []),
    polygon(round, 'round'),
    '</svg>',
  ].join('\n');
}
