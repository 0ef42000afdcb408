import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Markdown from 'react-markdown';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { MarkingBadge } from '../../components/MarkingBadge.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { useFormats } from '../../components/formats.ts';

export function DocumentScene() {
  const { t } = useTranslation();
  const fmt = useFormats();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: ['document', id], queryFn: () => api.document(id) });
  // A delete is asked once more, in place (ConfirmAction), not by the browser's own dialog.
  const [deleting, setDeleting] = useState(false);
  const remove = useMutation({
    mutationFn: () => api.deleteDocument(id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['documents'] });
      navigate('/documents');
    },
  });
  return (
    <Stack>
      <Anchor component={Link} to="/documents">
        {t('documents.back')}
      </Anchor>
      <QueryState query={query}>
        {(doc) => (
          <Stack>
            <Group justify="space-between" align="start">
              <Stack gap={4}>
                <Title order={2}>{doc.title}</Title>
                <Group gap="xs">
                  <MarkingBadge marking={doc.sharing.marking} />
                  <Text size="sm">{`${t(`docKinds.${doc.kind}`)} · ${fmt.day(doc.documentDate)} · ${doc.sharing.ownerOrgName}`}</Text>
                </Group>
                <Text size="sm" c="dark.5">
                  {t(`markings.help.${doc.sharing.marking}`)}
                  {[...doc.sharing.audienceGroups, ...doc.sharing.audienceOrgs, ...doc.sharing.recipients].length > 0 &&
                    `: ${[...doc.sharing.audienceGroups, ...doc.sharing.audienceOrgs, ...doc.sharing.recipients].map((a) => a.name).join(', ')}`}
                </Text>
              </Stack>
              {(doc.abilities.update || doc.abilities.delete) && (
                <Group>
                  {doc.abilities.update && (
                    <Button component={Link} to={`/documents/${doc.id}/edit`} variant="light">
                      {t('documents.edit')}
                    </Button>
                  )}
                  {doc.abilities.delete && (
                    <Button color="red" variant="light" onClick={() => setDeleting(true)} disabled={deleting}>
                      {t('documents.delete')}
                    </Button>
                  )}
                </Group>
              )}
            </Group>
            {deleting && (
              <ConfirmAction
                danger
                title={t('documents.delete')}
                message={t('documents.confirmDelete')}
                confirmLabel={t('documents.deleteYes')}
                cancelLabel={t('documents.cancel')}
                onConfirm={() => remove.mutate()}
                onCancel={() => setDeleting(false)}
                loading={remove.isPending}
              />
            )}
            {remove.isError && (
              <Alert color="red" role="alert">
                {remove.error.message}
              </Alert>
            )}
            <Paper withBorder p="md" className="markdown-body">
              <Markdown>{doc.body}</Markdown>
            </Paper>
            <Text>
              {doc.file ? (
                <Anchor href={`/api/documents/${doc.id}/file`} download={doc.file.name}>
                  {t('documents.download', { name: doc.file.name })}
                </Anchor>
              ) : (
                t('documents.noFile')
              )}
            </Text>
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
