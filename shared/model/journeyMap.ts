import { z } from 'zod';
import { CardSchema } from './card';
import { ConflictSchema, MAX_CONFLICTS } from './conflict';
import { ConnectorSchema } from './connector';
import { LaneSchema } from './lane';
import { MeasurementSchema, MetricSchema, MetricSourceSchema } from './metric';
import { NoteSchema } from './note';
import { PersonaSchema } from './persona';
import {
  ColorSchema,
  DateSchema,
  LIMITS,
  type Known,
  NameSchema,
  ShortTextSchema,
  TextSchema,
} from './primitives';
import { StageSchema } from './stage';
import { WorkshopSchema } from './workshop';

/** The value of `format` in every journey map file. */
export const FORMAT = 'journey-map';
/** The document version this build writes; older ones load through `shared/migrate`. */
export const CURRENT_VERSION = 3;
/** Where `$schema` points in files the app writes (the schema ships with the app and the repo). */
export const SCHEMA_URL =
  'https://raw.githubusercontent.com/journey-studio/journey-studio/main/shared/journey-map.schema.json';

export const MAP_TYPES = [
  'currentState',
  'futureState',
  'dayInTheLife',
  'serviceBlueprint',
] as const;
export const MapTypeSchema = z.enum(MAP_TYPES);
export type MapType = z.infer<typeof MapTypeSchema>;

export const DIRECTIONS = ['ltr', 'rtl'] as const;
export const DirectionSchema = z.enum(DIRECTIONS);
export type Direction = z.infer<typeof DirectionSchema>;

export const DEFAULT_BRAND_COLOR = '#2563eb';

/** A logo for the export's cover, embedded so that the file stands alone. */
export const LogoSchema = z
  .string()
  .max(LIMITS.logo)
  .regex(
    /^data:image\/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/=]+$/,
    'expected an embedded PNG, JPEG or SVG image',
  );

/**
 * A whole journey map. The names `format`, `version`, `title`, `stages[].{id,name}`,
 * `lanes[].{id,name,kind}`, `cards[].{id,laneId,stageId,text}`, `personas[].{id,name}` and
 * `connectors[].{id,from,to}` are a contract with external tools: never rename them.
 * Key order here is the key order of the file.
 */
export const JourneyMapSchema = z.looseObject({
  $schema: z.string().max(LIMITS.short).optional(),
  format: z.literal(FORMAT),
  version: z.literal(CURRENT_VERSION),
  title: NameSchema,
  description: TextSchema.default(''),
  mapType: MapTypeSchema.default('currentState'),
  /** BCP 47 tag of the content's language (`en`, `uk`, `fa` …). */
  language: z.string().min(2).max(35).default('en'),
  /** Stages run left to right (`ltr`) or right to left (`rtl`). */
  direction: DirectionSchema.default('ltr'),
  client: NameSchema.default(''),
  author: NameSchema.default(''),
  brandColor: ColorSchema.default(DEFAULT_BRAND_COLOR),
  /** The consultant's or client's logo on the export's cover. */
  logo: LogoSchema.optional(),
  /** When the team means to revisit the map. */
  nextReview: DateSchema.optional(),
  /** Where a template came from, for "New from template" provenance. */
  template: ShortTextSchema.optional(),
  personas: z.array(PersonaSchema).max(LIMITS.personas).default([]),
  stages: z.array(StageSchema).max(LIMITS.stages),
  lanes: z.array(LaneSchema).max(LIMITS.lanes),
  cards: z.array(CardSchema).max(LIMITS.cards),
  connectors: z.array(ConnectorSchema).max(LIMITS.connectors).default([]),
  notes: z.array(NoteSchema).max(LIMITS.notes).default([]),
  /** What the map measures per stage (see `metric.ts`), its dated values and their sources. */
  metrics: z.array(MetricSchema).max(LIMITS.metrics).default([]),
  measurements: z.array(MeasurementSchema).max(LIMITS.measurements).default([]),
  metricSources: z.array(MetricSourceSchema).max(LIMITS.metricSources).default([]),
  /** Dot voting: participants and their votes (see `workshop.ts`). */
  workshop: WorkshopSchema.optional(),
  /** What a git merge left for a person to decide (see `conflict.ts`); absent when nothing. */
  conflicts: z.array(ConflictSchema).max(MAX_CONFLICTS).optional(),
});

export type JourneyMap = Known<z.infer<typeof JourneyMapSchema>>;

/**
 * The map's lists of records whose ids are unique within the list: the loader repairs
 * repeated ids in each, the invariants check them, the diff follows them record by record.
 */
export const RECORD_LISTS = [
  'personas',
  'stages',
  'lanes',
  'cards',
  'connectors',
  'notes',
  'metrics',
  'measurements',
  'metricSources',
] as const satisfies readonly (keyof JourneyMap)[];
/** A map as a file may hold it, before defaults are filled in. */
export type JourneyMapInput = z.input<typeof JourneyMapSchema>;
