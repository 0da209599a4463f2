import type { Command } from 'commander';

const list = (value: string) =>
  value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');

export function registerKolada(program: Command): void {
  const kolada = program.command('kolada').description("Kolada's open API (api.kolada.se)");
  kolada
    .command('import')
    .description(
      'record the values of Kolada KPIs as the values of every indicator fed by them, with ' +
        'provenance (page URL, retrieval time, SHA-256)',
    )
    .requiredOption('--kpi <ids>', 'KPI ids, comma-separated, e.g. N00955,U40457', list)
    .requiredOption('--municipality <code>', "the municipality's code in Kolada, e.g. 0480")
    .requiredOption('--years <years>', 'years, comma-separated, e.g. 2022,2023', list)
    .option(
      '--tenant <code>',
      'the municipality (SCB code) whose indicators get the values; default --municipality',
    )
    .option('--base-url <url>', 'default KOLADA_BASE_URL or https://api.kolada.se/v3')
    .option('--timeout-ms <ms>', 'per request', '10000')
    .option('--retries <n>', 'further tries after a timeout, 429 or 5xx', '2')
    // Loaded when run: the whole app is more than every other command needs.
    .action(async (options) => (await import('./run-kolada-import')).runKoladaImport(options));
}
