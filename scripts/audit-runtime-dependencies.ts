/**
 * CI's dependency audit: `npm audit --omit=dev`, failing on any high or critical advisory in what the
 * service ships. When the registry refuses the audit endpoint (machines that reach registries for GET only
 * get a 405), nothing can be checked: it says so in one line and exits 0, or 1 with ECOKG_REQUIRE_AUDIT=true.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

interface AuditReport {
  metadata?: { vulnerabilities: Record<string, number>; dependencies?: { prod?: number; total?: number } };
  vulnerabilities?: Record<string, { severity: string; via: unknown[] }>;
  message?: string;
  error?: { summary?: string };
}

const run = promisify(execFile);
const output = await run('npm', ['audit', '--omit=dev', '--json'], { maxBuffer: 64 * 1024 * 1024 }).then(
  (result) => result.stdout,
  (failure: { stdout?: string }) => failure.stdout ?? '',
);
let report: AuditReport;
try {
  report = JSON.parse(output) as AuditReport;
} catch {
  report = { message: output.trim().split('\n')[0] ?? 'no output' };
}

if (!report.metadata) {
  const reason = report.message ?? report.error?.summary ?? 'the audit endpoint returned an error';
  console.log(`audit: npm audit could not run (${reason}); advisories were not checked`);
  process.exit(process.env.ECOKG_REQUIRE_AUDIT === 'true' ? 1 : 0);
}

const { high = 0, critical = 0 } = report.metadata.vulnerabilities;
const serious = Object.entries(report.vulnerabilities ?? {}).filter(([, entry]) => entry.severity === 'high' || entry.severity === 'critical');
console.log(`audit: ${report.metadata.dependencies?.prod ?? '?'} runtime dependencies, ${critical} critical and ${high} high advisories`);
for (const [name, entry] of serious) console.log(`audit:   ${entry.severity} in ${name}`);
process.exit(high + critical > 0 ? 1 : 0);
