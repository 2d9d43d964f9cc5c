import type { BlueprintLine } from '../model';
import type { MapDraft } from './draft';

/**
 * Puts a blueprint line below a lane. Each of the three lines is drawn once, so setting it on
 * one lane takes it off any other (the line moves).
 */
export function setLineBelow(map: MapDraft, laneId: string, line: BlueprintLine | null): void {
  for (const lane of map.lanes) {
    if (lane.id === laneId) {
      if (line === null) delete lane.lineBelow;
      else lane.lineBelow = line;
    } else if (line !== null && lane.lineBelow === line) {
      delete lane.lineBelow;
    }
  }
}
