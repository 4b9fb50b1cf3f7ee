import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { findPossibleDuplicates } from '../../src/seed/find-possible-duplicates.ts';
import { validateSeedFolders } from '../../src/seed/validate-seed.ts';
import { FIXTURE_REPORTS } from '../support/fixture-reports.ts';

const execFileAsync = promisify(execFile);
const fixture = (name: string) => path.join(new URL(FIXTURE_REPORTS).pathname, name);
const DONGLAN = [fixture('donglan-2021-environment-bulletin'), fixture('donglan-2022-environment-bulletin')];

describe('possible duplicates across reports', () => {
  it('flags one name under two ids of one label', async () => {
    const [first, second] = await validateSeedFolders(DONGLAN);
    // As if the 2022 report had given 沈雅琴 an id of her own.
    const renamed = second!.nodes.find((node) => node.id === 'person:shen-yaqin')!;
    renamed.id = 'person:shen-yaqin-2';
    const found = findPossibleDuplicates([first!, second!]).filter((duplicate) => duplicate.kind === 'same-name-different-ids');
    expect(found.map((duplicate) => duplicate.message)).toEqual([
      expect.stringMatching(/^Person "沈雅琴" is person:shen-yaqin \(.*2021.*\) and person:shen-yaqin-2 \(.*2022.*\)$/),
    ]);
  });

  it('flags one person speaking for unrelated bodies in different reports, and not a promotion within one body', async () => {
    const found = findPossibleDuplicates(await validateSeedFolders(DONGLAN)).filter(
      (duplicate) => duplicate.kind === 'one-person-unrelated-organizations',
    );
    const messages = found.map((duplicate) => duplicate.message).join('\n');
    // 陆文博 moved from 临溪市生态环境局 to the provincial department: a reviewer should confirm it is one man.
    expect(messages).toContain('陆文博');
    expect(messages).toMatch(/临溪市生态环境局 in .*2021.* and for 东岚省生态环境厅 in .*2022/);
    // 周启航 stays at the department (副厅长, then 厅长): nothing to look at.
    expect(messages).not.toContain('周启航 (person:zhou-qihang) speaks for 东岚省生态环境厅');
  });

  it('are listed by npm run seed -- --check without failing it', async () => {
    const { stdout } = await execFileAsync(process.execPath, ['src/cli/seed-cli.ts', '--check', ...DONGLAN]);
    expect(stdout).toContain('validated 2 document(s)');
    expect(stdout).toMatch(/^possible duplicate: 陆文博 \(person:lu-wenbo\) speaks for/m);
  });
});
