import { KoladaClient, importKolada } from '@app/agreements';
import { withApi } from '../demo/api-session';

export interface KoladaImportOptions {
  kpi: string[];
  municipality: string;
  years: string[];
  tenant?: string;
  baseUrl?: string;
  timeoutMs: string;
  retries: string;
}

/** Fetches the KPIs' values and records them through the API; prints what was recorded. */
export async function runKoladaImport(options: KoladaImportOptions): Promise<void> {
  const years = options.years.map((year) => {
    if (!/^\d{4}$/.test(year)) throw new Error(`--years: ${year} is not a year`);
    return Number(year);
  });
  const client = new KoladaClient({
    baseUrl: options.baseUrl ?? process.env.KOLADA_BASE_URL ?? 'https://api.kolada.se/v3',
    timeoutMs: positive('--timeout-ms', options.timeoutMs),
    retries: positive('--retries', options.retries),
  });
  const tenant = options.tenant ?? options.municipality;
  const reports = await withApi('import from Kolada', tenant, (api) =>
    importKolada(
      client,
      {
        indicatorsFor: async (kpiId) =>
          (await api.get('/indicators', { kpiId })).indicators as {
            indicatorId: string;
            dividedByGender: boolean;
          }[],
        recordValues: async (indicatorId, body) => {
          await api.post(`/indicators/${indicatorId}/values`, body);
        },
      },
      { kpis: options.kpi, municipality: options.municipality, years },
    ),
  );
  console.log(JSON.stringify({ tenant, kpis: reports }, null, 2));
}

function positive(name: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0)
    throw new Error(`${name}: ${value} is not a whole number`);
  return number;
}
