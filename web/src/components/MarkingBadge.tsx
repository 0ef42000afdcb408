import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Marking } from '../../../common/sharing.ts';

// TLP 2.0's own colours: coloured text on black, which keeps contrast well above AA.
const COLOUR: Record<Marking, string> = {
  CLEAR: '#FFFFFF',
  GREEN: '#33FF00',
  AMBER: '#FFC000',
  'AMBER+STRICT': '#FFC000',
  RED: '#FF2B2B',
};

export function MarkingBadge({ marking }: { marking: Marking }) {
  const { t } = useTranslation();
  return (
    <Badge radius="sm" styles={{ root: { background: '#000', color: COLOUR[marking], textTransform: 'none' } }} title={t(`markings.help.${marking}`)}>
      {t(`markings.${marking}`)}
    </Badge>
  );
}
