import { ConnectorSchema, LIMITS, type Connector } from '../model';
import { peek, type MapDraft } from './draft';
import { fitName } from './sanitize';

/**
 * Edits of the arrows between cards. A connector always joins two different existing cards,
 * and two cards are joined at most once in each direction: an operation that would break
 * that is a no-op.
 */
export type ConnectorOperation =
  /** `kind` defaults to `flow`; the id must be new. */
  | { type: 'addConnector'; connector: Omit<Connector, 'kind'> & { kind?: Connector['kind'] } }
  /** Moves one or both ends to other cards. */
  | { type: 'reconnectConnector'; connectorId: string; from?: string; to?: string }
  /** An empty label removes it. */
  | { type: 'setConnectorLabel'; connectorId: string; label: string }
  | { type: 'setConnectorKind'; connectorId: string; kind: Connector['kind'] }
  | { type: 'deleteConnectors'; connectorIds: readonly string[] };

export function applyConnectorOperation(map: MapDraft, op: ConnectorOperation): void {
  if (op.type === 'addConnector') {
    addConnector(map, op.connector);
    return;
  }
  if (op.type === 'deleteConnectors') {
    const ids = new Set(op.connectorIds);
    const connectors = peek(map.connectors);
    if (connectors.some((c) => ids.has(c.id))) {
      map.connectors = connectors.filter((c) => !ids.has(c.id));
    }
    return;
  }
  const connector = map.connectors.find((c) => c.id === op.connectorId);
  if (!connector) return;
  switch (op.type) {
    case 'reconnectConnector': {
      const from = op.from ?? connector.from;
      const to = op.to ?? connector.to;
      if (canJoin(map, from, to, connector.id)) {
        connector.from = from;
        connector.to = to;
      }
      return;
    }
    case 'setConnectorLabel':
      if (op.label === '') delete connector.label;
      else connector.label = fitName(op.label);
      return;
    case 'setConnectorKind':
      if (ConnectorSchema.shape.kind.safeParse(op.kind).success) connector.kind = op.kind;
      return;
  }
}

/** Whether a connector (other than `ignoreId`) may join `from` to `to`. */
function canJoin(map: MapDraft, from: string, to: string, ignoreId?: string): boolean {
  if (from === to) return false;
  const cards = peek(map.cards);
  if (!cards.some((c) => c.id === from) || !cards.some((c) => c.id === to)) return false;
  return !peek(map.connectors).some((c) => c.id !== ignoreId && c.from === from && c.to === to);
}

function addConnector(
  map: MapDraft,
  input: Omit<Connector, 'kind'> & { kind?: Connector['kind'] },
): void {
  if (map.connectors.length >= LIMITS.connectors) return;
  if (map.connectors.some((c) => c.id === input.id)) return;
  if (!canJoin(map, input.from, input.to)) return;
  const parsed = ConnectorSchema.safeParse({
    ...input,
    ...(input.label === undefined ? {} : { label: fitName(input.label) }),
  });
  if (parsed.success) map.connectors.push(parsed.data);
}
