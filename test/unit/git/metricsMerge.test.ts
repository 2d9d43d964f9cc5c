/**
 * Stage metrics in git with the real `git` binary and the drivers (after `git-setup`): two
 * branches each refresh the map from a CRM export with `journey-studio import-metrics`, then
 * main merges the other.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadMap } from '../../../shared/load';
import type { JourneyMap } from '../../../shared/model';
import { cli, useTempDir } from '../cli/helpers';
import { sampleMap } from '../shared/ops/sampleMap';
import { git, MAP_FILE, repoWithMap, useCliBundle } from './helpers';

const bundle = useCliBundle();
const tempDir = useTempDir();

/** Writes the export and imports it into the map on the current branch, then commits. */
async function importAndCommit(dir: string, csv: string, date: string): Promise<void> {
  writeFileSync(path.join(dir, 'crm-export.csv'), csv);
  const run = await cli(['import-metrics', MAP_FILE, 'crm-export.csv', '--date', date], dir);
  if (run.code !== 0) throw new Error(run.stdout + run.stderr);
  git(dir, 'add', MAP_FILE);
  const commit = git(dir, 'commit', '-q', '-m', `metrics ${date}`);
  if (commit.code !== 0) throw new Error(commit.stderr);
}

/** main and `other` each import one export into the same map; main merges `other`. */
async function mergeImports(ours: [string, string], theirs: [string, string]) {
  const dir = tempDir();
  await repoWithMap(dir, sampleMap(), bundle());
  writeFileSync(path.join(dir, '.gitignore'), 'crm-export.csv\n');
  git(dir, 'add', '.gitignore');
  git(dir, 'commit', '-q', '-m', 'ignore exports');
  git(dir, 'checkout', '-q', '-b', 'other');
  await importAndCommit(dir, ...theirs);
  git(dir, 'checkout', '-q', 'main');
  await importAndCommit(dir, ...ours);
  const merge = git(dir, 'merge', '--no-edit', 'other');
  return { dir, merge, text: readFileSync(path.join(dir, MAP_FILE), 'utf8') };
}

function loaded(text: string): { map: JourneyMap; warnings: string[] } {
  const result = loadMap(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return { map: result.map, warnings: result.warnings.map((w) => w.message) };
}

/** `date stage=value …` per snapshot of the metric, oldest first. */
function snapshots(map: JourneyMap, metricName: string): string[] {
  const metric = map.metrics.find((m) => m.name === metricName);
  const dates = [...new Set(map.measurements.map((m) => m.date))].sort();
  return dates.map((date) => {
    const values = map.stages.flatMap((stage) => {
      const found = map.measurements.find(
        (m) => m.metricId === metric?.id && m.stageId === stage.id && m.date === date,
      );
      return found ? [`${stage.id}=${found.value}`] : [];
    });
    return `${date} ${values.join(' ')}`;
  });
}

describe('stage metrics imported on two branches', () => {
  test('different dates merge cleanly, and the merged map keeps both snapshots', async () => {
    const { merge, text } = await mergeImports(
      ['Stage,Leads,NPS\nOne,1200,31\nTwo,480,40\nThree,96,44\n', '2026-06-30'],
      ['Stage,Leads,NPS\nOne,1100,28\nTwo,430,39\nThree,80,41\n', '2026-03-31'],
    );
    expect(merge.code, merge.stdout + merge.stderr).toBe(0);
    const { map, warnings } = loaded(text);
    expect(warnings).toEqual([]);
    // Both branches defined the metrics anew; the merge sees one metric of each name.
    expect(map.metrics.map((m) => m.name)).toEqual(['Leads', 'NPS']);
    expect(snapshots(map, 'Leads')).toEqual([
      '2026-03-31 s1=1100 s2=430 s3=80',
      '2026-06-30 s1=1200 s2=480 s3=96',
    ]);
    expect(snapshots(map, 'NPS')).toEqual([
      '2026-03-31 s1=28 s2=39 s3=41',
      '2026-06-30 s1=31 s2=40 s3=44',
    ]);
    // One remembered source, with the later import date.
    expect(map.metricSources).toEqual([
      expect.objectContaining({ name: 'crm-export.csv', imported: '2026-06-30' }),
    ]);
    expect(map.conflicts).toBeUndefined();
  });

  test('the same date imported with different values is a conflict, ours kept', async () => {
    const { dir, merge, text } = await mergeImports(
      ['Stage,Leads\nOne,1200\nTwo,480\n', '2026-06-30'],
      ['Stage,Leads\nOne,1200\nTwo,470\n', '2026-06-30'],
    );
    expect(merge.code).not.toBe(0);
    expect(merge.stdout + merge.stderr).toContain(
      'stage "Two": Leads (2026-06-30): value changed on both sides',
    );
    expect(git(dir, 'diff', '--name-only', '--diff-filter=U').stdout).toBe(`${MAP_FILE}\n`);
    const { map } = loaded(text);
    expect(snapshots(map, 'Leads')).toEqual(['2026-06-30 s1=1200 s2=480']);
    expect(map.conflicts).toEqual([
      expect.objectContaining({
        subject: 'measurement',
        fields: ['value'],
        theirs: '{"value":470}',
      }),
    ]);
  });

  test('git diff of a refresh reads as values per stage', async () => {
    const dir = tempDir();
    await repoWithMap(dir, sampleMap(), bundle());
    await importAndCommit(dir, 'Stage,Conversion\nOne,12.5%\nTwo,9%\n', '2026-09-30');
    writeFileSync(path.join(dir, 'crm-export.csv'), 'Stage,Conversion\nOne,14.1%\nTwo,9%\n');
    const run = await cli(
      ['import-metrics', MAP_FILE, 'crm-export.csv', '--date', '2026-09-30'],
      dir,
    );
    expect(run.code).toBe(0);
    const diff = git(dir, 'diff', MAP_FILE).stdout;
    expect(diff).toContain('~ stage "One": Conversion 12.5% → 14.1% (2026-09-30)\n');
    // The new import date of the source, too; the untouched value is not mentioned.
    expect(diff).not.toContain('"Two"');
  });
});
