/**
 * The page's side of an export run: a turn of the event loop between tiles and pages, so the
 * Cancel button and progress stay live. A message-channel turn, not setTimeout, which
 * background tabs slow to 1 s.
 */
export function pageTurn(): Promise<void> {
  return new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
