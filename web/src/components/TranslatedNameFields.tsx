// A name's French and Arabic forms beside the name (ADR 0036), in the console's forms of
// framework elements, working groups and groups: each field in its own language and
// direction, so that the Arabic one is typed right to left whatever the page's language.
import './names-i18n/index.ts';
import { TextInput } from '@mantine/core';
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
    <>
      <TextInput
        label={t('localNames.nameFr')}
        lang="fr"
        dir="ltr"
        value={value.nameFr}
        onChange={(e) => onChange('nameFr', e.currentTarget.value)}
        error={error('nameFr')}
        w={w}
      />
      <TextInput
        label={t('localNames.nameAr')}
        lang="ar"
        dir="rtl"
        value={value.nameAr}
        onChange={(e) => onChange('nameAr', e.currentTarget.value)}
        error={error('nameAr')}
        w={w}
      />
    </>
  );
}
