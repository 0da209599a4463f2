import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';

const FIXTURES = path.join(__dirname, '../fixtures/kolada');
const DATA = '/v3/data/kpi/N00955,U40457/municipality/0480/year/2022,2023';

/**
 * Kolada's API as fixture files on 127.0.0.1: KPI metadata, two pages of data (the first names
 * the second in next_page), a 404 for an unknown KPI, a 400 for a malformed year, a 503 the
 * first time /flaky is asked, and /slow that never answers.
 */
export async function startKoladaFixtures(): Promise<{
  base: string;
  requests: string[];
  close(): Promise<void>;
}> {
  const requests: string[] = [];
  let flaky = 0;
  let base = '';
  const file = (name: string) =>
    readFileSync(path.join(FIXTURES, name), 'utf8').replaceAll('{{base}}', base);
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '';
    requests.push(url);
    const send = (status: number, body: string) => {
      response.writeHead(status, { 'Content-Type': 'application/json' });
      response.end(body);
    };
    if (url === '/v3/kpi/N00955,U40457') return send(200, file('kpi.json'));
    if (url === DATA) return send(200, file('data-page-1.json'));
    if (url === `${DATA}?page=2`) return send(200, file('data-page-2.json'));
    if (url.startsWith('/v3/kpi/NOPE')) return send(404, '{"detail":"Not found"}');
    if (url.includes('/year/20x3')) return send(400, '{"detail":"year must be a number"}');
    if (url.startsWith('/flaky/kpi/'))
      return flaky++ === 0 ? send(503, '') : send(200, file('kpi.json'));
    if (url.startsWith('/slow/')) return; // never answers
    if (url.startsWith('/text/')) return send(200, '<html>maintenance</html>');
    send(404, '{"detail":"Not found"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
