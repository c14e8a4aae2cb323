import { nameTint } from '../rag/name-tint';
import { readHue } from '../rag/read-hue';
import type { FieldSource } from '../types';
import type { ColourKey, ColourKeyEntry } from './find-colour-key';
import type { SheetView } from './view-sheet';

/** An action's group read from its cell's colour: the key's entry, and where and why, for its theme and its indicators. */
export interface ColourArea {
  entry: ColourKeyEntry;
  theme: FieldSource;
  /** Null when the key names no indicators for the group. */
  indicators: FieldSource | null;
}

/**
 * The group an action belongs to by the colour of its coded cell, as the plan's colour key names it (see
 * `findColourKey`), with the reasons a user reads: "Theme: its Area cell A11 is filled lavender (#D9D2E9), which the
 * colour key on row 5 names 'Representation and progression'". Null when the cell's fill is none of the key's colours.
 *
 * @example
 * readColourArea(sheet, 10, key)?.entry.label; // 'Representation and progression'
 */
export function readColourArea(sheet: SheetView, r: number, key: ColourKey): ColourArea | null {
  const fill = sheet.fill(r, key.column);
  if (!readHue(fill)) return null;
  const colour = `#${fill!.trim().slice(-6).toUpperCase()}`;
  const entry = key.entries.find((e) => e.fill === colour);
  if (!entry) return null;
  const cell = sheet.address(r, key.column);
  const what = key.header ? `its ${key.header} cell ${cell}` : `its cell ${cell}`;
  const keyAt = `the colour key${key.title ? ` '${key.title}'` : ''} on row ${entry.cell.replace(/^[A-Z]+/, '')}`;
  const said = `${what} is filled ${nameTint(colour)} (${colour}), which ${keyAt}`;
  const covers = entry.indicators.length ? ` (indicators ${entry.indicators.join(', ')})` : '';
  return {
    entry,
    theme: { kind: 'key', cell, why: `Theme: ${said} names '${entry.label}'${covers}` },
    indicators: entry.indicators.length ? { kind: 'key', cell, why: `Indicators: ${entry.indicators.join(', ')} — ${said} gives '${entry.label}', covering '${entry.indicatorsText}'` } : null,
  };
}
