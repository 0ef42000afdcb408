// One part of a need's gap (unmet, committed, delivered, over-subscribed) in the need's
// own terms: money when the need asks for money, otherwise its quantity and unit.
import type { Need } from '../api/client.ts';
import { useFormats } from './formats.ts';
import { Money } from './Money.tsx';

/** `gap.amountMinor` and `gap.quantity` are exact sums, decimal strings (minor units; a quantity as people read it): shown as sent, never through a float. */
export function GapFigure({ need, gap }: { need: Need; gap: Need['gap']['unmet'] }) {
  const fmt = useFormats();
  if (need.money) return <Money value={{ amountMinor: gap.amountMinor, currency: need.money.currency }} />;
  return <>{fmt.quantity(gap.quantity, need.quantity?.unit)}</>;
}
