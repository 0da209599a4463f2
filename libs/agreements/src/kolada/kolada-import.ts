import type { FetchedPage, KoladaClient, KoladaDataRow } from './kolada-client';

/** What the import needs of the API: the indicators fed by a KPI, and a command to record values. */
export interface ImportPorts {
  indicatorsFor(kpiId: string): Promise<{ indicatorId: string; dividedByGender: boolean }[]>;
  recordValues(indicatorId: string, body: object): Promise<void>;
}

export interface ImportReport {
  kpi: string;
  dividedByGender: boolean;
  indicators: string[];
  /** Values recorded per indicator (null ones included, with their status). */
  values: number;
  nulls: number;
}

/**
 * Records Kolada's values of the KPIs as values of every indicator fed by each KPI, one
 * recording per page and KPI with that page's URL and SHA-256 as provenance. A KPI Kolada does
 * not divide by gender, or an indicator that is not, gets its totals only.
 */
export async function importKolada(
  client: KoladaClient,
  ports: ImportPorts,
  request: { kpis: string[]; municipality: string; years: number[] },
): Promise<ImportReport[]> {
  const metadata = new Map((await client.kpis(request.kpis)).map((kpi) => [kpi.id, kpi]));
  const pages = await client.data(request.kpis, request.municipality, request.years);
  const reports: ImportReport[] = [];
  for (const kpi of request.kpis) {
    const dividedByGender = Boolean(metadata.get(kpi)?.is_divided_by_gender);
    const indicators = await ports.indicatorsFor(kpi);
    const report = {
      kpi,
      dividedByGender,
      indicators: indicators.map((i) => i.indicatorId),
      values: 0,
      nulls: 0,
    };
    for (const page of pages) {
      const rows = page.values.filter((row) => row.kpi === kpi);
      if (rows.length === 0) continue;
      for (const indicator of indicators) {
        const values = valuesOf(rows, dividedByGender && indicator.dividedByGender);
        await ports.recordValues(indicator.indicatorId, { values, provenance: provenanceOf(page) });
        report.values += values.length;
        report.nulls += values.filter((v) => v.value === null).length;
      }
    }
    reports.push(report);
  }
  return reports;
}

function valuesOf(rows: KoladaDataRow[], split: boolean) {
  return rows.flatMap((row) =>
    row.values
      .filter((value) => split || value.gender === 'T')
      .map((value) => ({
        period: String(row.period),
        municipality: row.municipality,
        gender: value.gender,
        value: value.value,
        status: value.status,
        count: value.count,
      })),
  );
}

function provenanceOf(page: FetchedPage<unknown>) {
  return {
    source: 'kolada',
    retrievedAt: page.retrievedAt,
    sha256: page.sha256,
    document: page.url,
  };
}
