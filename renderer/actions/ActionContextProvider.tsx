import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { actionById } from './registry';
import type { Action, ActionContext } from './types';

const Context = createContext<ActionContext | null>(null);

export function ActionContextProvider({
  value,
  children,
}: {
  value: ActionContext;
  children: ReactNode;
}) {
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useActionContext(): ActionContext {
  const context = useContext(Context);
  if (!context) throw new Error('useActionContext() must be used inside <ActionContextProvider>');
  return context;
}

/** Runs an action if it is enabled now; errors are reported, not thrown into React. */
export function performAction(action: Action, context: ActionContext): void {
  if (action.enabled && !action.enabled(context.store.getState())) return;
  Promise.resolve(action.perform(context)).catch((error: unknown) => {
    context.store.getState().notify({
      tone: 'error',
      message: context.t('editor.notices.actionFailed', { action: context.t(action.label) }),
      details: [error instanceof Error ? error.message : String(error)],
    });
  });
}

/** A function that performs the action with the given id. */
export function usePerform(id: string): () => void {
  const context = useActionContext();
  return useCallback(() => performAction(actionById(id), context), [context, id]);
}
