import { nynashamnSeeds } from '@app/meetings';
import { toCsv } from '@app/projections';
import { recordNynashamnMinutes } from '../../../apps/cli/src/demo/nynashamn-minutes.demo';
import {
  recordNynashamn,
  type CommandAnswer,
  type Nynashamn,
  type SendCommand,
} from '../../../apps/cli/src/demo/nynashamn.demo';
import { expectProblem, startTestApp, type TestApp } from '../../support/test-app';
import { API } from '../structure/nynashamn-scenario';

const sender =
  (api: TestApp): SendCommand =>
  async (path, body, idempotencyKey) => {
    const response = await api.http
      .post(`${API}${path}`)
      .set('Idempotency-Key', idempotencyKey)
      .send(body);
    if (response.status !== 201 && response.status !== 200) {
      throw new Error(`POST ${path}: ${response.status} ${response.text}`);
    }
    return response.body as CommandAnswer;
  };

const BOM = '\uFEFF';

/** Parses RFC 4180 (quoted fields, doubled quotes, CRLF) for the assertions. */
function parseCsv(text: string, delimiter: string): string[][] {
  expect(text.startsWith(BOM)).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.slice(1);
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted && c === '"' && body[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === delimiter) {
      endField();
    } else if (c === '\r' && body[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else {
      field += c;
    }
  }
  expect(field).toBe('');
  return rows;
}

describe('CSV exports', () => {
  let api: TestApp;
  let structure: Nynashamn;
  let position: string;
  const csv = (url: string, query: Record<string, string> = {}) =>
    api.http
      .get(`${API}${url}`)
      .query({ consistentWith: position, ...query })
      .buffer(true)
      .parse((response, done) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => done(null, text));
      });

  beforeAll(async () => {
    api = await startTestApp();
    structure = await recordNynashamn(sender(api));
    position = (await recordNynashamnMinutes(sender(api), structure)).position;
  }, 180_000);
  afterAll(() => api.close());

  it('answers the decision register as CSV with ?format=csv: BOM, CRLF, header, quoted fields', async () => {
    const response = await csv('/decisions', { format: 'csv' });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers['content-disposition']).toBe('attachment; filename="beslut.csv"');
    const rows = parseCsv(response.body, ',');
    expect(rows[0].slice(0, 4)).toEqual(['date', 'body', 'number', 'caseNumber']);
    const decision42 = rows.find((row) => row[2] === '§ 42/23')!;
    expect(decision42).toBeDefined();
    expect(decision42[3]).toBe('NAN/2023/0160/007');
    expect(decision42[5]).toBe(nynashamnSeeds.DECISION_42);
    expect(rows.every((row) => row.length === rows[0].length)).toBe(true);
  });

  it('answers with semicolons for Swedish Excel, and on Accept: text/csv', async () => {
    const response = await csv('/meetings', { delimiter: 'semicolon' }).set('Accept', 'text/csv');
    expect(response.status).toBe(200);
    const rows = parseCsv(response.body, ';');
    expect(rows[0]).toContain('noticePostedOn');
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.map((row) => row[0])).toContain('2023-11-06');
  });

  it('exports assignments and the seats an organisation holds', async () => {
    const assignments = parseCsv((await csv('/assignments', { format: 'csv' })).body, ',');
    expect(assignments[0]).toEqual(expect.arrayContaining(['status', 'what', 'owedBy', 'dueOn']));
    expect(assignments.length).toBe(2);
    const seats = parseCsv(
      (
        await csv(`/organisations/${structure.sof}/representation`, {
          format: 'csv',
          asOf: '2023-11-06',
        })
      ).body,
      ',',
    );
    expect(seats[0].slice(0, 4)).toEqual(['group', 'groupKind', 'model', 'person']);
    expect(seats.slice(1).map((row) => row[3])).toContain('Mikael Landberg');
  });

  /** The four exports the issue names (an organisation's and a group's seats both), each whole. */
  const exports = (): Array<{
    what: string;
    url: string;
    file: string;
    query: Record<string, string>;
  }> => [
    { what: 'the decision register', url: '/decisions', file: 'beslut.csv', query: {} },
    { what: 'assignments', url: '/assignments', file: 'uppdrag.csv', query: {} },
    { what: 'meetings', url: '/meetings', file: 'moten.csv', query: {} },
    {
      what: "an organisation's seats",
      url: `/organisations/${structure.sof}/representation`,
      file: 'uppdrag-i-grupper.csv',
      query: { asOf: '2023-11-06' },
    },
    {
      what: "a group's seats",
      url: `/groups/${structure.strategic}`,
      file: 'platser-i-gruppen.csv',
      // The strategic steering group of the new model, formed in 2024.
      query: { asOf: '2025-01-01' },
    },
  ];

  /** How a client asks for CSV, and the delimiter it gets. */
  const WAYS: Array<{
    asked: string;
    delimiter: string;
    query: Record<string, string>;
    accept?: string;
  }> = [
    { asked: '?format=csv', delimiter: ',', query: { format: 'csv' } },
    {
      asked: '?format=csv&delimiter=semicolon',
      delimiter: ';',
      query: { format: 'csv', delimiter: 'semicolon' },
    },
    { asked: 'Accept: text/csv', delimiter: ',', query: {}, accept: 'text/csv' },
    {
      asked: 'Accept: text/csv and ;',
      delimiter: ';',
      query: { delimiter: ';' },
      accept: 'text/csv',
    },
  ];

  it.each(WAYS)(
    'answers every export on $asked: BOM, CRLF records of one width, a header, the file named',
    async ({ delimiter, query, accept }) => {
      for (const { what, url, file, query: filter } of exports()) {
        const request = csv(url, { ...filter, ...query });
        const response = await (accept ? request.set('Accept', accept) : request);
        expect({ what, status: response.status }).toEqual({ what, status: 200 });
        expect(response.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
        expect(response.headers['content-disposition']).toBe(`attachment; filename="${file}"`);
        const text = response.body as string;
        expect(text.endsWith('\r\n')).toBe(true);
        const rows = parseCsv(text, delimiter);
        expect({ what, rows: rows.length > 1 }).toEqual({ what, rows: true });
        expect(rows.every((row) => row.length === rows[0].length)).toBe(true);
        expect(rows[0].length).toBeGreaterThan(3);
      }
    },
  );

  it('still answers JSON by default, paginated', async () => {
    const response = await api.http
      .get(`${API}/decisions`)
      .query({ consistentWith: position, limit: '1' });
    expect(response.headers['content-type']).toMatch(/application\/json/);
    expect(response.body.decisions).toHaveLength(1);
    expect(response.body.next).toMatch(/cursor=/);
  });

  it('refuses a format or delimiter it does not know rather than answer JSON or commas', async () => {
    const get = (url: string, query: Record<string, string>) =>
      api.http.get(`${API}${url}`).query({ consistentWith: position, ...query });
    const xml = await get('/decisions', { format: 'xml' });
    expect(expectProblem(xml, 400, 'REQUEST.VALIDATION_FAILED').errors).toEqual([
      { field: 'format', messages: ['format must be one of: json, csv'] },
    ]);
    const tab = await get('/meetings', { format: 'csv', delimiter: 'tab' });
    expect(expectProblem(tab, 400, 'REQUEST.VALIDATION_FAILED').errors).toEqual([
      { field: 'delimiter', messages: ['delimiter must be one of: comma, semicolon'] },
    ]);
  });

  it('quotes, doubles quotes, and defuses formulas', () => {
    const text = toCsv(
      [{ a: 'x;y', b: 'say "hi"', c: '=HYPERLINK("evil")', d: -3, e: 'line\nbreak', f: null }],
      ';',
    );
    expect(text).toBe(
      `${BOM}a;b;c;d;e;f\r\n"x;y";"say ""hi""";"'=HYPERLINK(""evil"")";-3;"line\nbreak";\r\n`,
    );
  });
});
