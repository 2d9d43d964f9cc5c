/**
 * A realistic, valid journey map of a given size for benchmarks: 8 stages, the usual lanes,
 * cards with a sentence or two of text, emotion scores, evidence, some KPIs and connectors.
 * Deterministic (no randomness), so runs compare. Plain data only: importing it does not
 * build the zod schemas (the jitless benchmark must configure zod before they are built).
 */
import { generateKeyBetween } from 'fractional-indexing';

const STAGES = [
  'Awareness',
  'Interest',
  'Consideration',
  'Purchase',
  'Onboarding',
  'Use',
  'Loyalty',
  'Advocacy',
];
const LANES: [string, string][] = [
  ['actions', 'Customer actions'],
  ['touchpoints', 'Touchpoints'],
  ['thoughts', 'Thoughts'],
  ['emotions', 'Emotions'],
  ['painPoints', 'Pain points'],
  ['opportunities', 'Opportunities'],
  ['kpis', 'KPIs'],
  ['owners', 'Owners'],
];
const WORDS =
  'customer compares plans reads reviews asks friends calls support waits hold queue checkout form fails coupon delivery tracking email confirmation app login password reset invoice refund happy confused annoyed relieved'.split(
    ' ',
  );

function sentence(seed: number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[(seed * 7 + i * 13) % WORDS.length] as string);
  const text = out.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export function generatedMap(cardCount: number): Record<string, unknown> {
  const stages = STAGES.map((name, i) => ({
    id: `stage-${i + 1}`,
    name,
    description: sentence(i, 12),
  }));
  const lanes = LANES.map(([kind, name]) => ({ id: kind, name, kind }));
  const perCell = new Map<string, string>();
  const cards = Array.from({ length: cardCount }, (_, i) => {
    const lane = LANES[i % LANES.length] as [string, string];
    const stageId = `stage-${(Math.floor(i / LANES.length) % STAGES.length) + 1}`;
    const cell = `${lane[0]}/${stageId}`;
    const order = generateKeyBetween(perCell.get(cell) ?? null, null);
    perCell.set(cell, order);
    const card: Record<string, unknown> = {
      id: `card-${i + 1}`,
      laneId: lane[0],
      stageId,
      order,
      text: sentence(i, 8 + (i % 12)),
    };
    if (i % 3 === 0) card.evidence = { status: 'observed', source: `Interview ${(i % 40) + 1}` };
    if (lane[0] === 'emotions') card.score = (i % 5) - 2;
    if (lane[0] === 'touchpoints') card.channel = 'web';
    if (lane[0] === 'painPoints') Object.assign(card, { severity: 'high', votes: i % 7 });
    if (lane[0] === 'kpis') card.metric = { value: `${i % 100}%`, target: '80%' };
    return card;
  });
  const connectors = cards
    .filter((_, i) => i % 10 === 0 && i + LANES.length < cards.length)
    .map((card, i) => ({
      id: `flow-${i + 1}`,
      from: card.id,
      to: `card-${i * 10 + 1 + LANES.length}`,
      kind: 'flow',
    }));
  return {
    format: 'journey-map',
    version: 3,
    title: `Generated map with ${cardCount} cards`,
    description: sentence(1, 30),
    mapType: 'currentState',
    language: 'en',
    direction: 'ltr',
    client: 'Benchmark Ltd',
    author: 'bench',
    brandColor: '#2563eb',
    personas: [
      {
        id: 'p1',
        name: 'Olena',
        role: 'Designer',
        quote: sentence(3, 10),
        goals: [sentence(4, 6)],
        needs: [],
        motivations: [],
        pains: [sentence(5, 6)],
        channels: ['web'],
      },
    ],
    stages,
    lanes,
    cards,
    connectors,
    notes: [],
  };
}
