import { describe, expect, test } from 'vitest';
import { menuItemsOf } from '../../../../renderer/actions/menuItems';
import { ACTIONS, actionById } from '../../../../renderer/actions/registry';

describe('menu commands from the host', () => {
  test('every menu item names an action that exists, each once', () => {
    const ids = menuItemsOf(ACTIONS).map((item) => item.id);
    for (const id of ids) expect(() => actionById(id), id).not.toThrow();
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('View > Presentation Mode enters workshop mode; Export opens the export dialog', () => {
    const items = menuItemsOf(ACTIONS);
    const presentation = items.find((item) => item.label === 'menu.presentation');
    expect(actionById(presentation?.id ?? '').label).toBe('workshop.actions.enter');
    expect(items.find((item) => item.label === 'menu.export')?.id).toBe('export');
  });
});
