/**
 * Puts the Host handlers on IPC behind two gates: the sender must be the top frame of one
 * of our windows at the app origin, and the arguments must parse with the channel's zod
 * schema. Anything else is refused before a handler runs. Written against a minimal
 * `ipcMain`-shaped interface so that tests drive it with fake events.
 */
import {
  INVOKE_CHANNELS,
  SEND_CHANNELS,
  type InvokeName,
  type InvokeReply,
  type InvokeResults,
  type SendName,
} from '../../ipc/channels';
import { invokePayloads, sendPayloads, type InvokeArgs, type SendArgs } from '../../ipc/schemas';
import { isAppTopFrame, type FrameLike } from './senderCheck';

export interface IpcSenderEvent {
  readonly sender: { readonly id: number };
  readonly senderFrame: FrameLike | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcSenderEvent, ...args: unknown[]) => unknown): void;
  on(channel: string, listener: (event: IpcSenderEvent, ...args: unknown[]) => void): void;
}

export type InvokeHandlers = {
  [N in InvokeName]: (windowId: number, ...args: InvokeArgs<N>) => InvokeResults[N];
};
export type SendHandlers = {
  [N in SendName]: (windowId: number, ...args: SendArgs<N>) => void;
};

/** An error whose message is meant for the user (already translated). */
export class UserFacingError extends Error {}

export interface RegisterOptions {
  /** The window a webContents id belongs to; null for anything that is not an app window. */
  windowIdFor(webContentsId: number): number | null;
  refusedMessage(): string;
  log(message: string): void;
}

/** Loosely typed view of one handler: the schema already proved the arguments' types. */
type AnyHandler = (windowId: number, ...args: unknown[]) => unknown;

export function registerHostHandlers(
  ipc: IpcMainLike,
  handlers: InvokeHandlers & SendHandlers,
  options: RegisterOptions,
): void {
  const admit = (
    event: IpcSenderEvent,
    channel: string,
    schema: { safeParse(args: unknown[]): { success: boolean; data?: unknown } },
    args: unknown[],
  ): { windowId: number; args: unknown[] } | null => {
    const windowId = options.windowIdFor(event.sender.id);
    if (windowId === null || !isAppTopFrame(event.senderFrame)) {
      options.log(`refused ${channel}: sender is not an app window's top frame`);
      return null;
    }
    const parsed = schema.safeParse(args);
    if (!parsed.success) {
      options.log(`refused ${channel}: invalid payload`);
      return null;
    }
    return { windowId, args: parsed.data as unknown[] };
  };

  for (const name of Object.keys(INVOKE_CHANNELS) as InvokeName[]) {
    const channel = INVOKE_CHANNELS[name];
    const handler = handlers[name] as AnyHandler;
    ipc.handle(channel, async (event, ...args): Promise<InvokeReply<unknown>> => {
      const admitted = admit(event, channel, invokePayloads[name], args);
      if (!admitted) return { ok: false, message: options.refusedMessage() };
      try {
        return { ok: true, value: await handler(admitted.windowId, ...admitted.args) };
      } catch (error) {
        if (!(error instanceof UserFacingError)) options.log(`${channel} failed: ${String(error)}`);
        return { ok: false, message: error instanceof Error ? error.message : String(error) };
      }
    });
  }

  for (const name of Object.keys(SEND_CHANNELS) as SendName[]) {
    const channel = SEND_CHANNELS[name];
    const handler = handlers[name] as AnyHandler;
    ipc.on(channel, (event, ...args) => {
      const admitted = admit(event, channel, sendPayloads[name], args);
      if (admitted) handler(admitted.windowId, ...admitted.args);
    });
  }
}
