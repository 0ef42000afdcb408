import { Button, FileInput, Group, Select, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { DOCUMENT_KINDS } from '../../../../common/enums.ts';
import { ApiError, type DocumentOut, api } from '../../api/client.ts';
import { FormPage } from '../../components/FormPage.tsx';
import { useFormGuard } from '../../hooks/useFormGuard.ts';
import { SharingFields, type SharingValue, defaultSharing, sharingFrom } from '../../components/SharingFields.tsx';

interface FormState {
  title: string;
  kind: string;
  documentDate: string;
  body: string;
  sharing: SharingValue;
}

const today = () => new Date().toISOString().slice(0, 10);
const empty = (): FormState => ({
  title: '',
  kind: 'report',
  documentDate: today(),
  body: '',
  sharing: defaultSharing(),
});
const fromDocument = (d: DocumentOut): FormState => ({
  title: d.title,
  kind: d.kind,
  documentDate: d.documentDate,
  body: d.body,
  sharing: sharingFrom(d.sharing),
});

export function DocumentEditScene() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const existing = useQuery({ queryKey: ['document', id], queryFn: () => api.document(id!), enabled: Boolean(id) });
  const [form, setForm] = useState<FormState>(empty);
  const [file, setFile] = useState<File | null>(null);

  useEffect(() => {
    if (existing.data) setForm(fromDocument(existing.data));
  }, [existing.data]);

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setForm((f) => ({ ...f, [key]: value }));
  // The form as loaded (empty for a new one; unknown while the saved one loads): changes against it are kept as a draft and guarded.
  const baseline = useMemo(() => (id ? (existing.data ? fromDocument(existing.data) : undefined) : empty), [id, existing.data]);
  const guard = useFormGuard(form, baseline, setForm);

  const save = useMutation({
    mutationFn: async () => {
      const body = {
        title: form.title,
        kind: form.kind,
        documentDate: form.documentDate,
        body: form.body,
        sharing: form.sharing,
      };
      const saved = id ? await api.updateDocument(id, body) : await api.createDocument(body);
      return file ? await api.attachFile(saved.id, file) : saved;
    },
    onSuccess: async (doc) => {
      await queryClient.invalidateQueries({ queryKey: ['documents'] });
      queryClient.setQueryData(['document', doc.id], doc);
      guard.clear();
      navigate(`/documents/${doc.id}`);
    },
  });

  const err = save.error instanceof ApiError ? save.error : undefined;
  return (
    <FormPage
      guard={guard}
      backTo={id ? `/documents/${id}` : '/documents'}
      backLabel={t('documents.back')}
      title={id ? t('documents.editTitle') : t('documents.createTitle')}
      onSubmit={() => save.mutate()}
      error={save.error}
    >
      <TextInput label={t('documents.docTitle')} required value={form.title} onChange={(e) => set('title', e.currentTarget.value)} error={err?.fieldError('title')} />
      <Group grow>
        <Select
          label={t('documents.kind')}
          data={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`docKinds.${k}`) }))}
          value={form.kind}
          onChange={(v) => v && set('kind', v)}
          allowDeselect={false}
          error={err?.fieldError('kind')}
        />
        <TextInput
          label={t('documents.date')}
          type="date"
          required
          value={form.documentDate}
          onChange={(e) => set('documentDate', e.currentTarget.value)}
          error={err?.fieldError('documentDate')}
        />
      </Group>
      <Textarea label={t('documents.body')} autosize minRows={6} value={form.body} onChange={(e) => set('body', e.currentTarget.value)} error={err?.fieldError('body')} />
      <SharingFields value={form.sharing} onChange={(v) => set('sharing', v)} error={err} />
      <FileInput
        label={t('documents.file')}
        placeholder={t('documents.chooseFile')}
        value={file}
        onChange={setFile}
        clearable
        clearButtonProps={{ 'aria-label': t('app.clearFile') }}
      />
      <Group>
        <Button type="submit" loading={save.isPending}>
          {t('documents.save')}
        </Button>
        <Button variant="default" component={Link} to={id ? `/documents/${id}` : '/documents'}>
          {t('documents.cancel')}
        </Button>
      </Group>
    </FormPage>
  );
}
