// A name's French and Arabic forms beside the name (ADR 0036), in the console's forms of
// framework elements, working groups and groups: a group of two fields under one legend ("Name
// in other languages": "French", "Arabic"), each in its own language and direction, so that the
// Arabic one is typed right to left whatever the page's language. The fields' own labels do not
// repeat "Name", so that the form's name field stays the only one so called.
import './names-i18n/index.ts';
import { Fieldset, Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type TranslatedNames = { nameFr: string; nameAr: string };

/** The fields' values as a body's: trimmed, an empty one null (no translation). */
export const translatedNamesBody = (f: TranslatedNames) => ({ nameFr: f.nameFr?.trim() || null, nameAr: f.nameAr?.trim() || null });

export function TranslatedNameFields({
  value,
  onChange,
  error,
  w = 260,
}: {
  value: TranslatedNames;
  onChange: (key: keyof TranslatedNames, value: string) => void;
  /** The refusal of a field ('nameFr', 'nameAr'), in the reader's language. */
  error: (field: keyof TranslatedNames) => string | undefined;
  w?: number;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('localNames.legend')} variant="unstyled">
      <Group align="start">
        <TextInput
          label={t('localNames.fr')}
          lang="fr"
          dir="ltr"
          value={value.nameFr ?? ''}
          onChange={(e) => onChange('nameFr', e.currentTarget.value)}
          error={error('nameFr')}
          w={w}
          data-testid="name-fr"
        />
        <TextInput
          label={t('localNames.ar')}
          lang="ar"
          dir="rtl"
          value={value.nameAr ?? ''}
          onChange={(e) => onChange('nameAr', e.currentTarget.value)}
          error={error('nameAr')}
          w={w}
          data-testid="name-ar"
        />
      </Group>
    </Fieldset>
  );
}
