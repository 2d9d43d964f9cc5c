import { describe, expect, test } from 'vitest';
import { actionById } from '../../../../renderer/actions/registry';
import { COMMAND_ACTIONS } from '../../../../renderer/app/useHostCommands';

describe('menu commands from the host', () => {
  test('every command mapped to an action names an action that exists', () => {
    for (const [command, id] of Object.entries(COMMAND_ACTIONS)) {
      expect(() => actionById(id ?? ''), command).not.toThrow();
    }
  });

  test('View > Presentation Mode enters workshop mode; Export opens the export dialog', () => {
    expect(actionById(COMMAND_ACTIONS.presentation ?? '').label).toBe('workshop.actions.enter');
    expect(actionById(COMMAND_ACTIONS.export ?? '').id).toBe('export');
  });
});
