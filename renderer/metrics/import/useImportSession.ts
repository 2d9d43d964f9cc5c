import { useEffect, useMemo, useRef, useState } from 'react';
import type { FileToImport } from '../../../shared/host';
import type {
  ImportMapping,
  ImportMetricsOptions,
  MetricsImportOutcome,
} from '../../../shared/import';
import { importProblem, MAX_IMPORT_BYTES, normaliseStageName } from '../../../shared/import';
import type { JourneyMap, MetricSource } from '../../../shared/model';
import { ImportClient } from './importClient';
import type { ReadReply } from './importMessages';
import { toMapping, type MappingDraft } from './mappingDraft';

const MB = 1024 * 1024;

/** Where the dialog is: reading the file, importing with the current choices, or showing it. */
export interface ImportSession {
  readonly read: ReadReply | null;
  /** The outcome for the current choices; null while the choices are incomplete. */
  readonly outcome: MetricsImportOutcome | null;
  /** A request is with the worker (the file is being read or imported again). */
  readonly busy: boolean;
  /** The worker itself failed (a bug, not bad data). */
  readonly failure: string | null;
  /** The choices the outcome was made with: the user's, or else the detected mapping. */
  readonly draft: MappingDraft | null;
  /** The user's choices; null detects the columns afresh. */
  readonly setDraft: (draft: MappingDraft | null) => void;
  readonly date: string;
  readonly setDate: (date: string) => void;
  /** The remembered import of a file of this name, while the dialog uses its mapping. */
  readonly remembered: MetricSource | null;
}

/** The remembered import whose file name is this one's (a refresh of last quarter's export). */
export function rememberedSource(map: JourneyMap, fileName: string): MetricSource | null {
  const name = normaliseStageName(fileName);
  return map.metricSources.find((source) => normaliseStageName(source.name) === name) ?? null;
}

/** An outcome with the choices it answers (the mapping asked for, or undefined: detected). */
interface Answer {
  readonly mapping: ImportMapping | undefined;
  readonly date: string;
  readonly outcome: MetricsImportOutcome;
}

/**
 * The import dialog's work, in a worker: the file is read once, and imported again whenever
 * a choice changes. Every change goes to the worker (not the page's thread), because a
 * records table counts every row again: 100,000 rows take a noticeable moment. An answer
 * to choices that have changed since is dropped, so quick changes never show a stale one.
 */
export function useImportSession(
  table: FileToImport,
  map: JourneyMap,
  today: string,
): ImportSession {
  const remembered = useMemo(() => rememberedSource(map, table.name), [map, table.name]);
  const client = useRef<ImportClient | null>(null);
  const [workerRead, setWorkerRead] = useState<ReadReply | null>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [userDraft, setUserDraft] = useState<MappingDraft | null>(remembered?.mapping ?? null);
  // "Detect the columns again" sets the remembered mapping aside for this dialog.
  const [keepRemembered, setKeepRemembered] = useState(remembered !== null);
  const [date, setDate] = useState(today);
  const stages = useMemo(() => map.stages.map(({ id, name }) => ({ id, name })), [map.stages]);
  const { language } = map;

  // Over the limit the host did not read the file: its size is the whole story.
  const read = useMemo<ReadReply | null>(() => {
    if (table.bytes) return workerRead;
    const size = table.size / MB;
    const limit = MAX_IMPORT_BYTES / MB;
    return { ok: false, problems: [importProblem('tooLarge', {}, { size, limit })] };
  }, [table, workerRead]);

  useEffect(() => {
    if (!table.bytes) return undefined;
    const worker = new ImportClient();
    client.current = worker;
    let live = true;
    worker.read(table.bytes, table.name, language).then(
      (reply) => live && setWorkerRead(reply),
      (error: unknown) => live && setFailure(String(error)),
    );
    return () => {
      live = false;
      worker.dispose();
      client.current = null;
    };
    // The file is read once per dialog, in the language the map had when it opened.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [table]);

  // undefined: detect; null: the user's choices are not complete yet.
  const mapping = useMemo(() => (userDraft ? toMapping(userDraft) : undefined), [userDraft]);

  useEffect(() => {
    const worker = client.current;
    if (!worker || !read?.ok || mapping === null) return undefined;
    const options: ImportMetricsOptions = { language, date, ...(mapping ? { mapping } : {}) };
    let live = true;
    worker.run(stages, options).then(
      (outcome) => live && setAnswer({ mapping, date, outcome }),
      (error: unknown) => live && setFailure(String(error)),
    );
    return () => {
      live = false;
    };
  }, [read, mapping, date, stages, language]);

  const current = answer !== null && answer.mapping === mapping && answer.date === date;
  const outcome = mapping === null ? null : (answer?.outcome ?? null);
  const busy = failure === null && (read === null || (read.ok && mapping !== null && !current));
  const detected = outcome?.ok ? outcome.result.mapping : (outcome?.mapping ?? null);
  return {
    read,
    outcome,
    busy,
    failure,
    draft: userDraft ?? detected,
    setDraft: (draft) => {
      if (draft === null) setKeepRemembered(false);
      setUserDraft(draft);
    },
    date,
    setDate,
    remembered: keepRemembered ? remembered : null,
  };
}
