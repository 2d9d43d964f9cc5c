import type { JourneyMap } from '../model';
import { clip, type ProblemList } from './problem';

/**
 * Repairs references to things that do not exist, as the file's author would most likely
 * want: a card in a lane or stage that is gone has no cell and is dropped; a card pointing
 * at a missing persona falls back to the first persona (what an absent `personaId` means);
 * a connector to a missing card is dropped. Paths name the records as the file has them.
 */
export function repairReferences(map: JourneyMap, warnings: ProblemList): void {
  const laneIds = new Set(map.lanes.map((lane) => lane.id));
  const stageIds = new Set(map.stages.map((stage) => stage.id));
  const personaIds = new Set(map.personas.map((persona) => persona.id));

  const keptCards = map.cards.filter((card, index) => {
    if (!laneIds.has(card.laneId)) {
      warnings.add('cardLaneMissing', ['cards', index], {
        id: card.id,
        text: clip(card.text),
        laneId: card.laneId,
      });
      return false;
    }
    if (!stageIds.has(card.stageId)) {
      warnings.add('cardStageMissing', ['cards', index], {
        id: card.id,
        text: clip(card.text),
        stageId: card.stageId,
      });
      return false;
    }
    if (card.personaId !== undefined && !personaIds.has(card.personaId)) {
      warnings.add('cardPersonaMissing', ['cards', index, 'personaId'], {
        id: card.id,
        personaId: card.personaId,
      });
      delete card.personaId;
    }
    return true;
  });

  const cardIds = new Set(keptCards.map((card) => card.id));
  map.connectors = map.connectors.filter((connector, index) => {
    const missing = [connector.from, connector.to].find((id) => !cardIds.has(id));
    if (missing === undefined) return true;
    warnings.add('connectorCardMissing', ['connectors', index], {
      id: connector.id,
      cardId: missing,
    });
    return false;
  });
  map.cards = keptCards;
}
