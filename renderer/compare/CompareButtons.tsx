import { useHost } from '../host/hostContext';
import { ToolbarButton } from '../toolbar/ToolbarButton';

/**
 * The toolbar's compare buttons: "Compare with…" everywhere; "Compare with the committed
 * version" only in the desktop app, where main can run git.
 */
export function CompareButtons() {
  const host = useHost();
  return (
    <>
      <ToolbarButton id="compare" collapse={2} />
      {host.kind === 'electron' && <ToolbarButton id="compareCommitted" iconOnly />}
    </>
  );
}
