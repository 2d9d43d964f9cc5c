import { useTranslation } from 'react-i18next';
import { LANE_KIND_COLORS } from '../../shared/layout';
import {
  CARD_FIELDS_BY_KIND,
  CHANNELS,
  EVIDENCE_STATUSES,
  PRIORITIES,
  SCORE_MAX,
  SCORE_MIN,
  SEVERITIES,
  type Card,
  type Lane,
} from '../../shared/model';
import type { CardFieldChanges } from '../../shared/ops';
import { formatScore } from '../canvas/icons';
import { useEditor, useEditorStore } from '../store';
import { ColorField } from './fields/ColorField';
import { SelectField, type Option } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { SelectionButtons } from './SelectionButtons';

/** The fields of one card: its text, colour, evidence and what its lane kind adds. */
export function CardInspector({ cardId }: { cardId: string }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const card = useEditor((s) => s.doc?.cards.find((c) => c.id === cardId));
  const lane = useEditor((s) => s.doc?.lanes.find((l) => l.id === card?.laneId));
  const personas = useEditor((s) => s.doc?.personas);
  if (!card || !lane) return null;
  const uses = CARD_FIELDS_BY_KIND[lane.kind];
  const set = (fields: CardFieldChanges, key?: string) =>
    store
      .getState()
      .apply(
        { type: 'setCardFields', cardIds: [card.id], fields },
        key ? { coalesceKey: `${key}:${card.id}` } : undefined,
      );
  const choose = <T extends string>(values: readonly T[], prefix: string): Option[] => [
    { value: '', label: t('panels.none') },
    ...values.map((value) => ({ value, label: t(`${prefix}.${value}`) })),
  ];
  const scores: Option[] = [{ value: '', label: t('panels.card.noScore') }];
  for (let score = SCORE_MAX; score >= SCORE_MIN; score -= 1) {
    scores.push({
      value: String(score),
      label: `${formatScore(score)} ${t(`panels.card.scores.${score}`)}`,
    });
  }
  return (
    <div className="js-inspector-section">
      <h2>{t('panels.card.title', { lane: lane.name })}</h2>
      <TextField
        label={t('panels.card.text')}
        value={card.text}
        multiline
        onChange={(text) => store.getState().apply({ type: 'setCardText', cardId: card.id, text })}
      />
      {uses.includes('score') && (
        <SelectField
          label={t('panels.card.score')}
          value={card.score === undefined ? '' : String(card.score)}
          options={scores}
          onChange={(value) => set({ score: value === '' ? null : Number(value) })}
        />
      )}
      {uses.includes('personaId') && personas && personas.length > 1 && (
        <SelectField
          label={t('panels.card.persona')}
          value={card.personaId ?? ''}
          options={[
            { value: '', label: t('panels.card.firstPersona', { name: personas[0]?.name ?? '' }) },
            ...personas.slice(1).map((p) => ({ value: p.id, label: p.name })),
          ]}
          onChange={(value) => set({ personaId: value === '' ? null : value })}
        />
      )}
      {uses.includes('channel') && (
        <SelectField
          label={t('panels.card.channel')}
          value={card.channel ?? ''}
          options={choose(CHANNELS, 'editor.channels')}
          onChange={(value) =>
            set({ channel: value === '' ? null : (value as Card['channel'] & string) })
          }
        />
      )}
      {uses.includes('severity') && (
        <SelectField
          label={t('panels.card.severity')}
          value={card.severity ?? ''}
          options={choose(SEVERITIES, 'editor.severities')}
          onChange={(value) =>
            set({ severity: value === '' ? null : (value as Card['severity'] & string) })
          }
        />
      )}
      {uses.includes('priority') && (
        <SelectField
          label={t('panels.card.priority')}
          value={card.priority ?? ''}
          options={choose(PRIORITIES, 'editor.priorities')}
          onChange={(value) =>
            set({ priority: value === '' ? null : (value as Card['priority'] & string) })
          }
        />
      )}
      {uses.includes('metric') && <MetricFields card={card} set={set} />}
      {uses.includes('votes') && (
        <TextField
          label={t('panels.card.votes')}
          value={String(card.votes ?? 0)}
          onChange={(value) => {
            const votes = Number.parseInt(value, 10);
            const wanted = Number.isFinite(votes) && votes > 0 ? votes : 0;
            // Through the vote operation, which keeps the participants' votes (votes.ts).
            store
              .getState()
              .apply(
                { type: 'addVotes', cardIds: [card.id], delta: wanted - (card.votes ?? 0) },
                { coalesceKey: `votes:${card.id}` },
              );
          }}
        />
      )}
      <SelectField
        label={t('panels.card.evidence')}
        value={card.evidence?.status ?? ''}
        options={choose(EVIDENCE_STATUSES, 'editor.evidence')}
        onChange={(value) =>
          set({
            evidence:
              value === ''
                ? null
                : { ...card.evidence, status: value as NonNullable<Card['evidence']>['status'] },
          })
        }
      />
      {card.evidence && (
        <TextField
          label={t('panels.card.source')}
          value={card.evidence.source ?? ''}
          placeholder={t('panels.card.sourceHint')}
          onChange={(source) =>
            set(
              {
                evidence: source
                  ? { status: card.evidence?.status ?? 'observed', source }
                  : { status: card.evidence?.status ?? 'observed' },
              },
              'evidence',
            )
          }
        />
      )}
      <ColorField
        label={t('panels.color')}
        value={card.color}
        fallback={laneColor(lane)}
        onChange={(color) => set({ color }, 'color')}
      />
      <SelectionButtons />
    </div>
  );
}

function laneColor(lane: Lane): string {
  return lane.color ?? LANE_KIND_COLORS[lane.kind];
}

function MetricFields({
  card,
  set,
}: {
  card: Card;
  set(fields: CardFieldChanges, key?: string): void;
}) {
  const { t } = useTranslation();
  const value = card.metric?.value ?? '';
  const target = card.metric?.target ?? '';
  const update = (nextValue: string, nextTarget: string) =>
    set(
      {
        metric:
          nextValue === '' && nextTarget === ''
            ? null
            : nextTarget === ''
              ? { value: nextValue }
              : { value: nextValue, target: nextTarget },
      },
      'metric',
    );
  return (
    <>
      <TextField
        label={t('panels.card.metricValue')}
        value={value}
        onChange={(v) => update(v, target)}
      />
      <TextField
        label={t('panels.card.metricTarget')}
        value={target}
        onChange={(v) => update(value, v)}
      />
    </>
  );
}
